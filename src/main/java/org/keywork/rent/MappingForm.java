package org.keywork.rent;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.validation.Errors;

/**
 * The column mapping as staff choose it: columns are numbered from 1 as the reader sees
 * them; the money is either a charge and a payment column, or one signed amount column.
 */
class MappingForm {

	private boolean hasHeader = true;

	@NotNull(message = "{rent.import.dateColumn.required}")
	@Min(value = 1, message = "{rent.import.dateColumn.required}")
	private Integer dateColumn;

	@NotNull(message = "{rent.import.dateFormat.required}")
	private Mapping.DateFormat dateFormat;

	@NotNull(message = "{rent.import.descriptionColumn.required}")
	@Min(value = 1, message = "{rent.import.descriptionColumn.required}")
	private Integer descriptionColumn;

	@NotNull(message = "{rent.import.amountMode.required}")
	private Mapping.AmountMode amountMode;

	private Integer chargeColumn;

	private Integer paymentColumn;

	private Integer amountColumn;

	private Long version;

	static MappingForm of(RentImport stored) {
		MappingForm form = new MappingForm();
		form.version = stored.version();
		Mapping m = stored.mapping();
		if (m != null) {
			form.hasHeader = m.hasHeader();
			form.dateColumn = m.dateColumn() + 1;
			form.dateFormat = m.dateFormat();
			form.descriptionColumn = m.descriptionColumn() + 1;
			form.amountMode = m.amountMode();
			form.chargeColumn = plusOne(m.chargeColumn());
			form.paymentColumn = plusOne(m.paymentColumn());
			form.amountColumn = plusOne(m.amountColumn());
		}
		return form;
	}

	/** The columns for the chosen way of giving money are chosen, and within the file. */
	void validate(Errors errors, int columns) {
		outOfRange(errors, "dateColumn", this.dateColumn, columns);
		outOfRange(errors, "descriptionColumn", this.descriptionColumn, columns);
		if (this.amountMode == Mapping.AmountMode.SIGNED) {
			if (this.amountColumn == null) {
				errors.rejectValue("amountColumn", "rent.import.amountColumn.required");
			}
			outOfRange(errors, "amountColumn", this.amountColumn, columns);
		}
		else if (this.amountMode == Mapping.AmountMode.SEPARATE) {
			if (this.chargeColumn == null) {
				errors.rejectValue("chargeColumn", "rent.import.chargeColumn.required");
			}
			if (this.paymentColumn == null) {
				errors.rejectValue("paymentColumn", "rent.import.paymentColumn.required");
			}
			if (this.chargeColumn != null && this.chargeColumn.equals(this.paymentColumn)) {
				errors.rejectValue("paymentColumn", "rent.import.paymentColumn.same");
			}
			outOfRange(errors, "chargeColumn", this.chargeColumn, columns);
			outOfRange(errors, "paymentColumn", this.paymentColumn, columns);
		}
		if (this.version == null) {
			errors.reject("rent.import.stale");
		}
	}

	private static void outOfRange(Errors errors, String field, Integer column, int columns) {
		if (column != null && (column < 1 || column > columns) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "rent.import.column.outOfRange");
		}
	}

	Mapping mapping() {
		boolean signed = this.amountMode == Mapping.AmountMode.SIGNED;
		return new Mapping(this.hasHeader, this.dateColumn - 1, this.dateFormat, this.descriptionColumn - 1,
				this.amountMode, signed ? null : minusOne(this.chargeColumn),
				signed ? null : minusOne(this.paymentColumn), signed ? minusOne(this.amountColumn) : null);
	}

	private static Integer plusOne(Integer column) {
		return column == null ? null : column + 1;
	}

	private static Integer minusOne(Integer column) {
		return column == null ? null : column - 1;
	}

	public boolean isHasHeader() {
		return this.hasHeader;
	}

	public void setHasHeader(boolean hasHeader) {
		this.hasHeader = hasHeader;
	}

	public Integer getDateColumn() {
		return this.dateColumn;
	}

	public void setDateColumn(Integer dateColumn) {
		this.dateColumn = dateColumn;
	}

	public Mapping.DateFormat getDateFormat() {
		return this.dateFormat;
	}

	public void setDateFormat(Mapping.DateFormat dateFormat) {
		this.dateFormat = dateFormat;
	}

	public Integer getDescriptionColumn() {
		return this.descriptionColumn;
	}

	public void setDescriptionColumn(Integer descriptionColumn) {
		this.descriptionColumn = descriptionColumn;
	}

	public Mapping.AmountMode getAmountMode() {
		return this.amountMode;
	}

	public void setAmountMode(Mapping.AmountMode amountMode) {
		this.amountMode = amountMode;
	}

	public Integer getChargeColumn() {
		return this.chargeColumn;
	}

	public void setChargeColumn(Integer chargeColumn) {
		this.chargeColumn = chargeColumn;
	}

	public Integer getPaymentColumn() {
		return this.paymentColumn;
	}

	public void setPaymentColumn(Integer paymentColumn) {
		this.paymentColumn = paymentColumn;
	}

	public Integer getAmountColumn() {
		return this.amountColumn;
	}

	public void setAmountColumn(Integer amountColumn) {
		this.amountColumn = amountColumn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
