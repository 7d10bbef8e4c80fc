package org.keywork.sharing;

import org.springframework.validation.Errors;

/**
 * The one rule for a decision to withhold something from the person, whatever it is (a
 * note, a record, a factor, and every record after them): withholding needs a reason, and
 * "another reason" needs words. Forms call it with the names of their own fields; the
 * messages are {@code sharing.reason.required} and {@code sharing.detail.required}.
 */
public final class Withholding {

	private Withholding() {
	}

	/**
	 * @param withheld whether the form withholds the item
	 * @param reasonField the form's field for the reason (where an error is shown)
	 * @param detailField the form's field for the words (where an error is shown)
	 */
	public static void validate(boolean withheld, WithholdReason reason, String detail, String reasonField,
			String detailField, Errors errors) {
		if (!withheld) {
			return;
		}
		if (reason == null) {
			errors.rejectValue(reasonField, "sharing.reason.required");
		}
		if (reason == WithholdReason.OTHER && (detail == null || detail.isBlank())) {
			errors.rejectValue(detailField, "sharing.detail.required");
		}
	}

}
