package org.keywork.referrals;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A change of a referral's status, with the outcome when it ends. */
class StatusForm {

	@NotNull(message = "{referral.status.required}")
	private ReferralStatus status;

	@PastOrPresent(message = "{referral.changedOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate changedOn;

	@Size(max = 1000, message = "{referral.note.size}")
	private String note;

	@Size(max = 2000, message = "{referral.outcome.size}")
	private String outcome;

	private Boolean outcomeGood;

	private int version;

	public ReferralStatus getStatus() {
		return this.status;
	}

	public void setStatus(ReferralStatus status) {
		this.status = status;
	}

	public LocalDate getChangedOn() {
		return this.changedOn;
	}

	public void setChangedOn(LocalDate changedOn) {
		this.changedOn = changedOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public Boolean getOutcomeGood() {
		return this.outcomeGood;
	}

	public void setOutcomeGood(Boolean outcomeGood) {
		this.outcomeGood = outcomeGood;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
