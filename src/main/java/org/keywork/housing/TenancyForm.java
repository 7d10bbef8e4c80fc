package org.keywork.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A tenancy as staff type it: the landlord (one in use), the terms, the rent (an amount
 * with at most two decimals, never floating point), who pays, and whether an automated
 * payment is set up.
 */
class TenancyForm {

	@NotNull(message = "{tenancy.landlord.required}")
	private Long landlordId;

	@NotNull(message = "{tenancy.type.required}")
	private TenancyTerms.Type type;

	@NotNull(message = "{tenancy.startedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	@NotNull(message = "{tenancy.rentAmount.required}")
	@DecimalMin(value = "0.00", message = "{tenancy.rentAmount.invalid}")
	@Digits(integer = 8, fraction = 2, message = "{tenancy.rentAmount.invalid}")
	private BigDecimal rentAmount;

	@NotNull(message = "{tenancy.rentFrequency.required}")
	private TenancyTerms.Frequency rentFrequency;

	@NotNull(message = "{tenancy.whoPays.required}")
	private TenancyTerms.WhoPays whoPays;

	private boolean automatedPayment;

	private Long version;

	static TenancyForm of(Tenancy t) {
		TenancyForm form = new TenancyForm();
		form.landlordId = t.landlordId();
		form.type = t.type();
		form.startedOn = t.startedOn();
		form.rentAmount = t.rentAmount();
		form.rentFrequency = t.rentFrequency();
		form.whoPays = t.whoPays();
		form.automatedPayment = t.automatedPayment();
		form.version = t.version();
		return form;
	}

	/** The landlord is one in use (or the one already recorded). */
	void validate(Errors errors, List<Landlord> landlords) {
		if (this.landlordId != null && landlords.stream().noneMatch(l -> l.id().equals(this.landlordId))) {
			errors.rejectValue("landlordId", "tenancy.landlord.required");
		}
	}

	public Long getLandlordId() {
		return this.landlordId;
	}

	public void setLandlordId(Long landlordId) {
		this.landlordId = landlordId;
	}

	public TenancyTerms.Type getType() {
		return this.type;
	}

	public void setType(TenancyTerms.Type type) {
		this.type = type;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public BigDecimal getRentAmount() {
		return this.rentAmount;
	}

	public void setRentAmount(BigDecimal rentAmount) {
		this.rentAmount = rentAmount;
	}

	public TenancyTerms.Frequency getRentFrequency() {
		return this.rentFrequency;
	}

	public void setRentFrequency(TenancyTerms.Frequency rentFrequency) {
		this.rentFrequency = rentFrequency;
	}

	public TenancyTerms.WhoPays getWhoPays() {
		return this.whoPays;
	}

	public void setWhoPays(TenancyTerms.WhoPays whoPays) {
		this.whoPays = whoPays;
	}

	public boolean isAutomatedPayment() {
		return this.automatedPayment;
	}

	public void setAutomatedPayment(boolean automatedPayment) {
		this.automatedPayment = automatedPayment;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
