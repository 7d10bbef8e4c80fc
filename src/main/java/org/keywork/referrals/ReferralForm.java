package org.keywork.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.keywork.sharing.WithholdingFields;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A referral as staff make it: the agency (and service), the reason in words and the life
 * areas it addresses, the date, whether information is shared with it, and whether the
 * referral itself is shared with the person.
 */
class ReferralForm extends WithholdingFields {

	@NotNull(message = "{referral.agency.required}")
	private Long agencyId;

	private Long serviceId;

	@NotBlank(message = "{referral.reason.required}")
	@Size(max = 4000, message = "{referral.reason.size}")
	private String reason;

	private List<String> lifeAreas = new ArrayList<>();

	@NotNull(message = "{referral.referredOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate referredOn;

	private boolean sharesInformation;

	/**
	 * The sharing decision, and a date no later than today (on the application's clock).
	 */
	void validate(Errors errors, LocalDate today) {
		validateWithholding(errors);
		if (this.referredOn != null && this.referredOn.isAfter(today)) {
			errors.rejectValue("referredOn", "referral.referredOn.future");
		}
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public List<String> getLifeAreas() {
		return this.lifeAreas;
	}

	public void setLifeAreas(List<String> lifeAreas) {
		this.lifeAreas = lifeAreas == null ? new ArrayList<>() : lifeAreas;
	}

	public LocalDate getReferredOn() {
		return this.referredOn;
	}

	public void setReferredOn(LocalDate referredOn) {
		this.referredOn = referredOn;
	}

	public boolean isSharesInformation() {
		return this.sharesInformation;
	}

	public void setSharesInformation(boolean sharesInformation) {
		this.sharesInformation = sharesInformation;
	}

}
