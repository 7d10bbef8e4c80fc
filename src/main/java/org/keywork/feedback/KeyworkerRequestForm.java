package org.keywork.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the person would like a different keyworker, in their own words. */
class KeyworkerRequestForm {

	@NotBlank(message = "{keyworkerRequest.reason.required}")
	@Size(max = 2000, message = "{keyworkerRequest.reason.size}")
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
