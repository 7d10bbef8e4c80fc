package org.keywork.rent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why a hand entry is cancelled, and the version of it that was read. */
class CancelForm {

	@NotBlank(message = "{rent.cancel.reason.required}")
	@Size(max = 500, message = "{rent.cancel.reason.long}")
	private String reason;

	@NotNull(message = "{rent.stale}")
	private Long version;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
