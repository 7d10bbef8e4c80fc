package org.keywork.intensity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * A temporary step up for a crisis: why, and until when (at most {@link #MAX_DAYS} days
 * ahead; it can be ended sooner).
 */
class CrisisForm {

	static final int MAX_DAYS = 90;

	@NotBlank(message = "{intensity.reason.required}")
	@Size(max = 1000, message = "{intensity.reason.size}")
	private String reason;

	@NotNull(message = "{intensity.crisis.endsOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	/** The end date must be from today to {@link #MAX_DAYS} days ahead. */
	void validate(BindingResult result, LocalDate today) {
		if (this.endsOn != null && (this.endsOn.isBefore(today) || this.endsOn.isAfter(today.plusDays(MAX_DAYS)))) {
			result.rejectValue("endsOn", "intensity.crisis.endsOn.range");
		}
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? null : reason.trim();
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

}
