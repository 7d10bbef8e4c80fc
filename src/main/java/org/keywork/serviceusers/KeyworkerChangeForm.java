package org.keywork.serviceusers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A change of keyworker: who (or nobody for now) and why, recorded in the person's
 * keyworker history.
 */
class KeyworkerChangeForm {

	private Long keyworkerId;

	@NotBlank(message = "{keyworker.reason.required}")
	@Size(max = 1000, message = "{keyworker.reason.size}")
	private String reason;

	private Long version;

	public Long getKeyworkerId() {
		return this.keyworkerId;
	}

	public void setKeyworkerId(Long keyworkerId) {
		this.keyworkerId = keyworkerId;
	}

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
