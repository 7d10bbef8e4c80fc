package org.keywork.sharing;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The part of a form that decides whether its item is shared with the person or withheld,
 * and why: the same three fields ({@code withheld}, {@code withheldReason},
 * {@code withheldDetail}) and the same rule ({@link Withholding}) on every form that has
 * them. Forms extend it; templates show the reason with {@code sharing/fields :: reason}.
 */
public abstract class WithholdingFields {

	private boolean withheld;

	private WithholdReason withheldReason;

	@Size(max = 1000, message = "{sharing.detail.size}")
	private String withheldDetail;

	/** Withholding needs a reason, and "another reason" needs words. */
	protected void validateWithholding(Errors errors) {
		Withholding.validate(this.withheld, this.withheldReason, this.withheldDetail, "withheldReason",
				"withheldDetail", errors);
	}

	/** Fills the fields from a decision already taken (to edit it). */
	protected void withholding(boolean withheld, WithholdReason reason, String detail) {
		this.withheld = withheld;
		this.withheldReason = reason;
		this.withheldDetail = detail;
	}

	/** The decision the form holds: shared, or withheld for its reason and words. */
	public SharingDecision decision() {
		return this.withheld ? SharingDecision.withheld(this.withheldReason, detailIfWithheld())
				: SharingDecision.shared();
	}

	/** Fills the fields from a decision already taken (to change it). */
	public void withholding(SharingDecision decision) {
		withholding(decision.isWithheld(), decision.getWithheldReason(), decision.getWithheldDetail());
	}

	/** The reason if withheld, else null: a shared item keeps no reason. */
	protected WithholdReason reasonIfWithheld() {
		return this.withheld ? this.withheldReason : null;
	}

	/** The words, trimmed, if withheld and given, else null. */
	protected String detailIfWithheld() {
		return this.withheld && this.withheldDetail != null && !this.withheldDetail.isBlank()
				? this.withheldDetail.strip() : null;
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

}
