package org.keywork.support;

import org.keywork.sharing.WithholdReason;
import org.keywork.sharing.Withholding;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * Sharing a record (or item) with the person, or withholding it with a reason. Shared is
 * the default: withholding is an explicit decision, and "other" needs words.
 */
class SharingForm {

	private boolean withheld;

	private WithholdReason withheldReason;

	@Size(max = 1000, message = "{support.sharing.detail.size}")
	private String withheldDetail;

	private Long version;

	void validate(Errors errors) {
		Withholding.validate(this.withheld, this.withheldReason, this.withheldDetail, "withheldReason",
				"withheldDetail", errors);
	}

	public boolean isWithheld() {
		return this.withheld;
	}

	public void setWithheld(boolean withheld) {
		this.withheld = withheld;
	}

	public WithholdReason getWithheldReason() {
		return this.withheldReason;
	}

	public void setWithheldReason(WithholdReason withheldReason) {
		this.withheldReason = withheldReason;
	}

	public String getWithheldDetail() {
		return this.withheldDetail;
	}

	public void setWithheldDetail(String withheldDetail) {
		this.withheldDetail = withheldDetail;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
