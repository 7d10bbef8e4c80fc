package org.keywork.serviceusers;

/**
 * One line of a list of people (the people list, a peer's people): what the table shows,
 * with the team's and keyworker's names, read in the list's own query. Templates read it
 * through the getters.
 */
public record PersonListRow(Long id, String reference, String legalName, String preferredName, ServiceUserStatus status,
		String teamName, String keyworkerName) {

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public String getLegalName() {
		return this.legalName;
	}

	public String getPreferredName() {
		return this.preferredName;
	}

	public ServiceUserStatus getStatus() {
		return this.status;
	}

	public String getTeamName() {
		return this.teamName;
	}

	public String getKeyworkerName() {
		return this.keyworkerName;
	}

}
