package org.keywork.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.keywork.sharing.WithholdingFields;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A new complaint or incident: what kind, who it came from, when it was received, what
 * was said, who complained (staff only), and whether it is shared with the person.
 */
class ComplaintForm extends WithholdingFields {

	@NotNull(message = "{complaints.kind.required}")
	private Complaint.Kind kind;

	@NotNull(message = "{complaints.source.required}")
	private Complaint.Source source;

	@NotNull(message = "{complaints.receivedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	@NotNull(message = "{complaints.receivedTime.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime receivedTime;

	@NotBlank(message = "{complaints.whatWasSaid.required}")
	@Size(max = 4000, message = "{complaints.text.size}")
	private String whatWasSaid;

	@Size(max = 200, message = "{complaints.thirdPartyName.size}")
	private String thirdPartyName;

	@Size(max = 300, message = "{complaints.thirdPartyContact.size}")
	private String thirdPartyContact;

	/** Not in the future. */
	void validate(Errors errors, LocalDateTime now) {
		validateWithholding(errors);
		if (this.receivedOn != null && this.receivedTime != null && receivedAt().isAfter(now)) {
			errors.rejectValue("receivedOn", "complaints.receivedOn.future");
		}
	}

	LocalDateTime receivedAt() {
		return LocalDateTime.of(this.receivedOn, this.receivedTime);
	}

	ComplaintChanges.Details details() {
		return new ComplaintChanges.Details(this.kind, this.source, receivedAt(), this.whatWasSaid, this.thirdPartyName,
				this.thirdPartyContact, decision());
	}

	public Complaint.Kind getKind() {
		return this.kind;
	}

	public void setKind(Complaint.Kind kind) {
		this.kind = kind;
	}

	public Complaint.Source getSource() {
		return this.source;
	}

	public void setSource(Complaint.Source source) {
		this.source = source;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public LocalTime getReceivedTime() {
		return this.receivedTime;
	}

	public void setReceivedTime(LocalTime receivedTime) {
		this.receivedTime = receivedTime;
	}

	public String getWhatWasSaid() {
		return this.whatWasSaid;
	}

	public void setWhatWasSaid(String whatWasSaid) {
		this.whatWasSaid = whatWasSaid;
	}

	public String getThirdPartyName() {
		return this.thirdPartyName;
	}

	public void setThirdPartyName(String thirdPartyName) {
		this.thirdPartyName = thirdPartyName;
	}

	public String getThirdPartyContact() {
		return this.thirdPartyContact;
	}

	public void setThirdPartyContact(String thirdPartyContact) {
		this.thirdPartyContact = thirdPartyContact;
	}

}
