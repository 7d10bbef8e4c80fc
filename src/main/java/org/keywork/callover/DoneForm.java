package org.keywork.callover;

import jakarta.validation.constraints.Size;

/**
 * Marking a callover follow-up done: an optional note, the version read, and where the
 * worker came from ({@code caseload} or the person's page), to go back there.
 */
class DoneForm {

	@Size(max = 1000, message = "{callover.done.note.size}")
	private String note;

	private Long version;

	private String from;

	boolean fromCaseload() {
		return "caseload".equals(this.from);
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

}
