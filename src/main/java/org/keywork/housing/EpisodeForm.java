package org.keywork.housing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.keywork.sharing.WithholdingFields;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * One episode of accommodation: the form, the address (optional: rough sleeping has
 * none), when it started and ended, why they left; shared with the person unless
 * withheld.
 */
class EpisodeForm extends WithholdingFields {

	@NotNull(message = "{housing.kind.required}")
	private AccommodationKind kind;

	@Size(max = 300, message = "{housing.address.size}")
	private String address;

	@NotNull(message = "{housing.startedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	@Size(max = 1000, message = "{housing.reasonForLeaving.size}")
	private String reasonForLeaving;

	private Long version;

	static EpisodeForm of(Episode e) {
		EpisodeForm form = new EpisodeForm();
		form.kind = e.kind();
		form.address = e.address();
		form.startedOn = e.startedOn();
		form.endedOn = e.endedOn();
		form.reasonForLeaving = e.reasonForLeaving();
		form.version = e.version();
		form.withholding(e.sharing());
		return form;
	}

	/**
	 * Neither date is after today (a move is recorded once it has happened: a home with a
	 * start still to come would show as where the person lives now); the end is not
	 * before the start; a reason for leaving only once it has ended.
	 */
	void validate(Errors errors, LocalDate today) {
		validateWithholding(errors);
		if (this.startedOn != null && this.startedOn.isAfter(today)) {
			errors.rejectValue("startedOn", "housing.startedOn.future");
		}
		if (this.endedOn != null && this.endedOn.isAfter(today)) {
			errors.rejectValue("endedOn", "housing.endedOn.future");
		}
		if (this.startedOn != null && this.endedOn != null && this.endedOn.isBefore(this.startedOn)) {
			errors.rejectValue("endedOn", "housing.endedOn.beforeStart");
		}
		if (this.endedOn == null && this.reasonForLeaving != null && !this.reasonForLeaving.isBlank()) {
			errors.rejectValue("reasonForLeaving", "housing.reasonForLeaving.notEnded");
		}
	}

	AccommodationHistory.Details details() {
		return new AccommodationHistory.Details(this.kind, this.address, this.startedOn, this.endedOn,
				this.reasonForLeaving, decision());
	}

	public AccommodationKind getKind() {
		return this.kind;
	}

	public void setKind(AccommodationKind kind) {
		this.kind = kind;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public String getReasonForLeaving() {
		return this.reasonForLeaving;
	}

	public void setReasonForLeaving(String reasonForLeaving) {
		this.reasonForLeaving = reasonForLeaving;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
