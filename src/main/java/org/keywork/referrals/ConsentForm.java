package org.keywork.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A consent to share as staff record it: with an agency from the directory or someone
 * named in words, what may be shared (words and kinds of record), when and how it was
 * given, and when it expires (if it does).
 */
class ConsentForm {

	private Long agencyId;

	@Size(max = 200, message = "{consent.otherParty.size}")
	private String otherParty;

	@NotBlank(message = "{consent.what.required}")
	@Size(max = 2000, message = "{consent.what.size}")
	private String what;

	private List<SharedRecordKind> recordKinds = new ArrayList<>();

	@NotNull(message = "{consent.givenOn.required}")
	@PastOrPresent(message = "{consent.givenOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate givenOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	@NotNull(message = "{consent.givenHow.required}")
	private ConsentGiven givenHow;

	/** One party, not both; an expiry after the day it was given. */
	void validate(Errors errors) {
		boolean other = this.otherParty != null && !this.otherParty.isBlank();
		if (this.agencyId == null && !other) {
			errors.rejectValue("agencyId", "consent.party.required");
		}
		else if (this.agencyId != null && other) {
			errors.rejectValue("otherParty", "consent.party.both");
		}
		if (this.expiresOn != null && this.givenOn != null && !this.expiresOn.isAfter(this.givenOn)) {
			errors.rejectValue("expiresOn", "consent.expiresOn.beforeGiven");
		}
	}

	String otherPartyOrNull() {
		return this.otherParty == null || this.otherParty.isBlank() ? null : this.otherParty.strip();
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public String getOtherParty() {
		return this.otherParty;
	}

	public void setOtherParty(String otherParty) {
		this.otherParty = otherParty;
	}

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	public List<SharedRecordKind> getRecordKinds() {
		return this.recordKinds;
	}

	public void setRecordKinds(List<SharedRecordKind> recordKinds) {
		this.recordKinds = recordKinds == null ? new ArrayList<>() : recordKinds;
	}

	public LocalDate getGivenOn() {
		return this.givenOn;
	}

	public void setGivenOn(LocalDate givenOn) {
		this.givenOn = givenOn;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public ConsentGiven getGivenHow() {
		return this.givenHow;
	}

	public void setGivenHow(ConsentGiven givenHow) {
		this.givenHow = givenHow;
	}

}
