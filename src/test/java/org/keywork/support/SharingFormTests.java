package org.keywork.support;

import org.junit.jupiter.api.Test;
import org.keywork.sharing.WithholdReason;
import org.keywork.sharing.Withholding;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing a record with the person, without Spring: shared is the default, withholding
 * needs a reason and "other" needs words.
 */
class SharingFormTests {

	@Test
	void sharedIsTheDefaultAndNeedsNothingElse() {
		SharingForm form = new SharingForm();
		assertThat(form.isWithheld()).isFalse();
		assertThat(errors(form).hasErrors()).isFalse();
	}

	@Test
	void withholdingNeedsAReason() {
		SharingForm form = withheld(null, null);
		Errors errors = errors(form);
		assertThat(errors.getErrorCount()).isOne();
		assertThat(errors.getFieldError("withheldReason").getCode()).isEqualTo("sharing.reason.required");
		assertThat(errors(withheld(WithholdReason.SERIOUS_HARM, null)).hasErrors()).isFalse();
	}

	@Test
	void otherNeedsWords() {
		Errors errors = errors(withheld(WithholdReason.OTHER, " "));
		assertThat(errors.getErrorCount()).isOne();
		assertThat(errors.getFieldError("withheldDetail").getCode()).isEqualTo("sharing.detail.required");
		assertThat(errors(withheld(WithholdReason.OTHER, "A court order")).hasErrors()).isFalse();
	}

	@Test
	void theRuleReportsOnTheFieldsItIsGiven() {
		GoalHolder holder = new GoalHolder();
		Errors errors = new BeanPropertyBindingResult(holder, "holder");
		Withholding.validate(true, WithholdReason.OTHER, null, "sharing.withheldReason", "sharing.withheldDetail",
				errors);
		assertThat(errors.getFieldError("sharing.withheldDetail").getCode()).isEqualTo("sharing.detail.required");
		assertThat(errors.getErrorCount()).isOne();
	}

	private static SharingForm withheld(WithholdReason reason, String detail) {
		SharingForm form = new SharingForm();
		form.setWithheld(true);
		form.setWithheldReason(reason);
		form.setWithheldDetail(detail);
		return form;
	}

	private static Errors errors(SharingForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "sharingForm");
		form.validate(errors);
		return errors;
	}

	/** A form with a nested sharing decision, as an item's form has. */
	public static class GoalHolder {

		private final SharingForm sharing = new SharingForm();

		public SharingForm getSharing() {
			return this.sharing;
		}

	}

}
