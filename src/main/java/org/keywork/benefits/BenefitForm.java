package org.keywork.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.keywork.sharing.WithholdingFields;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * One welfare benefit as staff type it: which benefit (another one by name), its status
 * and since when, the amount (at most two decimals, never floating point; optional while
 * applying) and how often it is paid, the next review, notes; shared with the person
 * unless withheld.
 */
class BenefitForm extends WithholdingFields {

	@NotNull(message = "{benefits.type.required}")
	private BenefitType type;

	@Size(max = 100, message = "{benefits.otherName.size}")
	private String otherName;

	@NotNull(message = "{benefits.status.required}")
	private BenefitStatus status;

	@NotNull(message = "{benefits.statusSince.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate statusSince;

	@DecimalMin(value = "0.00", message = "{benefits.amount.invalid}")
	@Digits(integer = 10, fraction = 2, message = "{benefits.amount.invalid}")
	private BigDecimal amount;

	private BenefitPeriod period;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reviewOn;

	@Size(max = 2000, message = "{benefits.notes.size}")
	private String notes;

	private Long version;

	static BenefitForm of(Benefit b) {
		BenefitForm form = new BenefitForm();
		form.type = b.type();
		form.otherName = b.otherName();
		form.status = b.status();
		form.statusSince = b.statusSince();
		form.amount = b.amount();
		form.period = b.period();
		form.reviewOn = b.reviewOn();
		form.notes = b.notes();
		form.version = b.version();
		form.withholding(b.sharing());
		return form;
	}

	/**
	 * Another benefit has a name; an amount has a period (and the other way round); an
	 * awarded benefit has its amount; the status is one it has now, so not from a day
	 * after today (the next review may be).
	 */
	void validate(Errors errors, LocalDate today) {
		validateWithholding(errors);
		if (this.statusSince != null && this.statusSince.isAfter(today)) {
			errors.rejectValue("statusSince", "benefits.statusSince.future");
		}
		if (this.type == BenefitType.OTHER && (this.otherName == null || this.otherName.isBlank())) {
			errors.rejectValue("otherName", "benefits.otherName.required");
		}
		if (this.amount != null && this.period == null) {
			errors.rejectValue("period", "benefits.period.required");
		}
		if (this.amount == null && this.period != null && !errors.hasFieldErrors("amount")) {
			errors.rejectValue("amount", "benefits.amount.required");
		}
		if (this.status == BenefitStatus.AWARDED && this.amount == null && !errors.hasFieldErrors("amount")) {
			errors.rejectValue("amount", "benefits.amount.awarded");
		}
	}

	WelfareBenefits.Details details() {
		return new WelfareBenefits.Details(this.type, this.otherName, this.status, this.statusSince, this.amount,
				this.period, this.reviewOn, this.notes, decision());
	}

	public BenefitType getType() {
		return this.type;
	}

	public void setType(BenefitType type) {
		this.type = type;
	}

	public String getOtherName() {
		return this.otherName;
	}

	public void setOtherName(String otherName) {
		this.otherName = otherName;
	}

	public BenefitStatus getStatus() {
		return this.status;
	}

	public void setStatus(BenefitStatus status) {
		this.status = status;
	}

	public LocalDate getStatusSince() {
		return this.statusSince;
	}

	public void setStatusSince(LocalDate statusSince) {
		this.statusSince = statusSince;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public BenefitPeriod getPeriod() {
		return this.period;
	}

	public void setPeriod(BenefitPeriod period) {
		this.period = period;
	}

	public LocalDate getReviewOn() {
		return this.reviewOn;
	}

	public void setReviewOn(LocalDate reviewOn) {
		this.reviewOn = reviewOn;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
