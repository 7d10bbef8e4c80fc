package org.keywork.rent;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A charge or payment as staff type it: the amount positive, at most two decimals. */
class EntryForm {

	@NotNull(message = "{rent.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{rent.kind.required}")
	private RentEntry.Kind kind;

	@NotNull(message = "{rent.amount.required}")
	@DecimalMin(value = "0.01", message = "{rent.amount.invalid}")
	@Digits(integer = 10, fraction = 2, message = "{rent.amount.invalid}")
	private BigDecimal amount;

	@NotBlank(message = "{rent.description.required}")
	@Size(max = 200, message = "{rent.description.long}")
	private String description;

	@Size(max = 100, message = "{rent.reference.long}")
	private String reference;

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public RentEntry.Kind getKind() {
		return this.kind;
	}

	public void setKind(RentEntry.Kind kind) {
		this.kind = kind;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	/**
	 * A payment is recorded once it has been made: not on a day after today (a charge may
	 * be entered ahead of the day it falls due).
	 */
	void validate(Errors errors, LocalDate today) {
		if (this.kind == RentEntry.Kind.PAYMENT && this.date != null && this.date.isAfter(today)) {
			errors.rejectValue("date", "rent.date.future");
		}
	}

}
