package org.keywork.serviceusers;

/**
 * A person's record moved from one team to another. Published inside the transaction that
 * moves them, so whatever listens (their peer links, an open keyworker request) follows
 * in the same transaction.
 *
 * @param personId the person
 * @param fromTeamId the team they left
 * @param toTeamId the team they joined
 * @param byAccountId who moved them
 */
public record PersonMovedTeam(Long personId, Long fromTeamId, Long toTeamId, Long byAccountId) {
}
