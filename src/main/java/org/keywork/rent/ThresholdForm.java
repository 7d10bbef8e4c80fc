package org.keywork.rent;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** A team's arrears threshold in weeks of rent (0.5 to 52, one decimal). */
class ThresholdForm {

	@NotNull(message = "{rent.threshold.required}")
	@DecimalMin(value = "0.5", message = "{rent.threshold.invalid}")
	@DecimalMax(value = "52", message = "{rent.threshold.invalid}")
	@Digits(integer = 2, fraction = 1, message = "{rent.threshold.invalid}")
	private BigDecimal weeks;

	private Long version;

	public BigDecimal getWeeks() {
		return this.weeks;
	}

	public void setWeeks(BigDecimal weeks) {
		this.weeks = weeks;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
