package org.keywork.caseload;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Several people moved to one new keyworker at once, from the case callover, with one
 * reason for all.
 */
class BulkReassignForm {

	@NotEmpty(message = "{callover.personIds.required}")
	private List<Long> personIds = new ArrayList<>();

	@NotNull(message = "{callover.keyworkerId.required}")
	private Long keyworkerId;

	@NotBlank(message = "{keyworker.reason.required}")
	@Size(max = 1000, message = "{keyworker.reason.size}")
	private String reason;

	/** The callover group the form was sent from: its keyworker, if it has one. */
	private Long fromKeyworkerId;

	/** The callover group the form was sent from: the people without a keyworker. */
	private boolean fromUnassigned;

	public Long getFromKeyworkerId() {
		return this.fromKeyworkerId;
	}

	public void setFromKeyworkerId(Long fromKeyworkerId) {
		this.fromKeyworkerId = fromKeyworkerId;
	}

	public boolean isFromUnassigned() {
		return this.fromUnassigned;
	}

	public void setFromUnassigned(boolean fromUnassigned) {
		this.fromUnassigned = fromUnassigned;
	}

	public List<Long> getPersonIds() {
		return this.personIds;
	}

	public void setPersonIds(List<Long> personIds) {
		this.personIds = personIds;
	}

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

}
