package org.keywork.security;

/**
 * What an account is for. Each account has exactly one role (ADR 003); what a role may
 * see of a person's record is decided by {@link AccessPolicy}.
 */
public enum Role {

	/** Manages accounts and teams; sees no case content. */
	ADMIN,
	/**
	 * Leads teams: reviews caseloads and assigns keyworkers for the teams they manage.
	 */
	MANAGER,
	/** Support worker (keyworker): works with the service users of their teams. */
	WORKER,
	/** Peer support worker: sees only the people they are linked to. */
	PEER,
	/** The person being supported: sees their own record. */
	SERVICE_USER;

	public boolean isStaff() {
		return this == MANAGER || this == WORKER || this == PEER;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
