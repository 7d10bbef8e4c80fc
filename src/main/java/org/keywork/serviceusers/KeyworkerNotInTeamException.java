package org.keywork.serviceusers;

/**
 * The chosen keyworker is not a member of staff of the person's team, so cannot hold
 * their case.
 */
public class KeyworkerNotInTeamException extends RuntimeException {

	public KeyworkerNotInTeamException(Long serviceUserId) {
		super("Keyworker not in the team of service user " + serviceUserId);
	}

}
