package org.keywork.intensity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changing a person's support level, with the reason. */
class LevelForm {

	@NotNull(message = "{intensity.level.required}")
	private Level level;

	@NotBlank(message = "{intensity.reason.required}")
	@Size(max = 1000, message = "{intensity.reason.size}")
	private String reason;

	public Level getLevel() {
		return this.level;
	}

	public void setLevel(Level level) {
		this.level = level;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? null : reason.trim();
	}

}
