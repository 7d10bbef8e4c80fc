package org.keywork.caseload;

/**
 * One keyworker's people in the case callover, or the people without a keyworker
 * ({@code keyworkerId} null): the callover goes through a team one group at a time, in
 * the order {@link CalloverPeople#part} goes through them (no keyworker first, then by
 * keyworker name).
 *
 * @param keyworkerId the keyworker, or null for the people without one
 * @param keyworkerName the keyworker's name, or null for the people without one
 * @param people how many active or referred people the group has
 */
public record CalloverGroup(Long keyworkerId, String keyworkerName, int people) {

	/** Whether this is the group of people without a keyworker. */
	public boolean unassigned() {
		return this.keyworkerId == null;
	}

	/** The query that asks a callover page for this group, for a link or a redirect. */
	public String query() {
		return unassigned() ? "unassigned=true" : "keyworkerId=" + this.keyworkerId;
	}

	/** Whether this group is the one the filter asks for. */
	boolean matches(Long keyworkerId, boolean unassigned) {
		return unassigned ? this.keyworkerId == null : this.keyworkerId != null && this.keyworkerId.equals(keyworkerId);
	}

}
