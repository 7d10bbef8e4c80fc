package org.keywork.support;

import jakarta.validation.constraints.Size;

/** Who the person (and staff) call in a crisis: free text, one contact a line. */
class CrisisContactsForm {

	@Size(max = 2000, message = "{safety.crisisContacts.size}")
	private String crisisContacts;

	private Long version;

	public String getCrisisContacts() {
		return this.crisisContacts;
	}

	public void setCrisisContacts(String crisisContacts) {
		this.crisisContacts = crisisContacts;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
