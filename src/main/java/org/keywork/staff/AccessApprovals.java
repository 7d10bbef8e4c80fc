package org.keywork.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keywork.security.LoginThrottle;
import org.keywork.security.Role;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second administrator's approval for what would let an administrator reach people
 * alone (a staff role and its teams are what reach people; an administrator reaches
 * nobody): a change to the role or teams of their own account, or of an administrator's
 * account into a role with teams ({@link Kind#ROLE_AND_TEAMS}); a new account with case
 * access, made disabled ({@link Kind#NEW_ACCOUNT}); a new password for an account with
 * case access ({@link Kind#PASSWORD_RESET}, the hash is held, the old password keeps
 * working). Each waits in {@code account_change_approval} until another administrator
 * approves it, which applies it, or turns it down. The one who asked can never decide:
 * the service refuses it and the table's check forbids it. At most one request of each
 * kind waits per account; asking again replaces it under a new id. ADR 021.
 */
@Service
@Transactional(readOnly = true)
class AccessApprovals {

	private static final Logger log = LoggerFactory.getLogger(AccessApprovals.class);

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final TeamRepository teams;

	private final Clock clock;

	private final LoginThrottle throttle;

	AccessApprovals(JdbcClient jdbc, AccountRepository accounts, TeamRepository teams, Clock clock,
			LoginThrottle throttle) {
		this.throttle = throttle;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.teams = teams;
		this.clock = clock;
	}

	/**
	 * Holds the change to the account's role and teams until a second administrator
	 * approves.
	 */
	@Transactional
	void request(Long accountId, Role role, List<Long> teamIds, Long requestedBy) {
		Long id = insert(accountId, Kind.ROLE_AND_TEAMS, role, teamIds, null, requestedBy);
		log.info("Approval {}: account {} asked for the role and teams of account {} to change ({}, {} teams);"
				+ " waits for a second administrator", id, requestedBy, accountId, role, teamIds.size());
	}

	/**
	 * Holds a new account with case access, made disabled, until a second administrator
	 * approves: approval gives it the role and teams asked for and lets it sign in.
	 */
	@Transactional
	void requestNewAccount(Long accountId, Role role, List<Long> teamIds, Long requestedBy) {
		Long id = insert(accountId, Kind.NEW_ACCOUNT, role, teamIds, null, requestedBy);
		log.info("Approval {}: account {} created account {} ({}, {} teams); it cannot sign in until a second"
				+ " administrator approves", id, requestedBy, accountId, role, teamIds.size());
	}

	/**
	 * Holds a new password (its hash) for the account until a second administrator
	 * approves; the account keeps its password meanwhile.
	 */
	@Transactional
	void requestPasswordReset(Long accountId, String passwordHash, Long requestedBy) {
		Long id = insert(accountId, Kind.PASSWORD_RESET, null, null, passwordHash, requestedBy);
		log.info("Approval {}: account {} asked for a new password for account {}; waits for a second administrator",
				id, requestedBy, accountId);
	}

	private Long insert(Long accountId, Kind kind, Role role, List<Long> teamIds, String passwordHash,
			Long requestedBy) {
		Long[] ids = teamIds == null ? null : teamIds.stream().distinct().sorted().toArray(Long[]::new);
		Timestamp now = Timestamp.from(this.clock.instant());
		// a new request replaces a waiting one of its kind under a new id, so an approval
		// given on a page showing the earlier request can never apply this one (it finds
		// nothing)
		this.jdbc.sql("delete from account_change_approval where account_id = ? and kind = ? and status = 'PENDING'")
			.params(accountId, kind.name())
			.update();
		return this.jdbc.sql("""
				insert into account_change_approval (account_id, kind, role, team_ids, password_hash, requested_by,
				  requested_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(accountId, kind.name(), role == null ? null : role.name(), ids, passwordHash, requestedBy, now)
			.query(Long.class)
			.single();
	}

	/**
	 * Whether the account was made waiting for a second administrator and was never
	 * approved (waiting still, or turned down): it stays disabled, and reactivating it is
	 * refused.
	 */
	boolean neverApproved(Long accountId) {
		return this.jdbc.sql("""
				select exists (select 1 from account_change_approval where account_id = ? and kind = 'NEW_ACCOUNT')
				  and not exists (select 1 from account_change_approval where account_id = ? and kind = 'NEW_ACCOUNT'
				    and status = 'APPROVED')
				""").params(accountId, accountId).query(Boolean.class).single();
	}

	/** What waits for the account, oldest first. */
	List<Pending> pendingFor(Long accountId) {
		return pending().stream().filter(p -> p.accountId().equals(accountId)).toList();
	}

	/** Every change waiting, oldest first, with the names the page needs. */
	List<Pending> pending() {
		Map<Long, String> teamNames = this.teams.findAllByOrderByNameAsc()
			.stream()
			.collect(Collectors.toMap(Team::getId, Team::getName));
		return this.jdbc.sql("""
				select p.id, p.kind, p.account_id, a.username, p.role, p.team_ids, p.requested_by,
				  r.display_name as requested_by_name, p.requested_at
				from account_change_approval p
				join account a on a.id = p.account_id
				join account r on r.id = p.requested_by
				where p.status = 'PENDING'
				order by p.requested_at, p.id
				""").query((rs, i) -> {
			java.sql.Array array = rs.getArray("team_ids");
			Long[] ids = array == null ? new Long[0] : (Long[]) array.getArray();
			String role = rs.getString("role");
			return new Pending(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getLong("account_id"),
					rs.getString("username"), role == null ? null : Role.valueOf(role),
					Arrays.stream(ids).map(teamNames::get).sorted().toList(), rs.getLong("requested_by"),
					rs.getString("requested_by_name"), rs.getTimestamp("requested_at").toInstant());
		}).list();
	}

	long countPending() {
		return this.jdbc.sql("select count(*) from account_change_approval where status = 'PENDING'")
			.query(Long.class)
			.single();
	}

	/**
	 * Applies the waiting request, decided by another administrator.
	 * @return the account it was for
	 */
	@Transactional
	Long approve(Long approvalId, Long decidedBy) {
		Row row = decide(approvalId, decidedBy, "APPROVED");
		Account account = this.accounts.findById(row.accountId())
			.orElseThrow(() -> new NotFoundException("Account", row.accountId()));
		switch (row.kind()) {
			case ROLE_AND_TEAMS, NEW_ACCOUNT -> {
				account.setRole(row.role());
				account.setTeams(new HashSet<>(this.teams.findAllById(Arrays.asList(row.teamIds()))));
				if (row.kind() == Kind.NEW_ACCOUNT) {
					account.setEnabled(true);
				}
			}
			case PASSWORD_RESET -> {
				account.changePassword(row.passwordHash(), true);
				this.throttle.unlock(account.getUsername());
			}
		}
		this.accounts.flush();
		log.info("Approval {} ({}) of account {}, asked by account {}, approved by account {}: applied", approvalId,
				row.kind(), row.accountId(), row.requestedBy(), decidedBy);
		return row.accountId();
	}

	/** Turns the waiting change down; nothing changes. */
	@Transactional
	Long reject(Long approvalId, Long decidedBy) {
		Row row = decide(approvalId, decidedBy, "REJECTED");
		log.info("Approval {} ({}) of account {}, asked by account {}, turned down by account {}: nothing applied",
				approvalId, row.kind(), row.accountId(), row.requestedBy(), decidedBy);
		return row.accountId();
	}

	private Row decide(Long approvalId, Long decidedBy, String status) {
		Row row = this.jdbc.sql("""
				select account_id, kind, role, team_ids, password_hash, requested_by from account_change_approval
				where id = ? and status = 'PENDING' for update of account_change_approval
				""").param(approvalId).query((rs, i) -> {
			String role = rs.getString("role");
			java.sql.Array array = rs.getArray("team_ids");
			return new Row(rs.getLong("account_id"), Kind.valueOf(rs.getString("kind")),
					role == null ? null : Role.valueOf(role), array == null ? null : (Long[]) array.getArray(),
					rs.getString("password_hash"), rs.getLong("requested_by"));
		}).optional().orElseThrow(() -> new NotFoundException("Approval", approvalId));
		if (row.requestedBy().equals(decidedBy)) {
			log.info("Refused: account {} deciding approval {} it asked for itself", decidedBy, approvalId);
			throw new AccessDeniedException("A second administrator must decide approval " + approvalId);
		}
		this.jdbc.sql("update account_change_approval set status = ?, decided_by = ?, decided_at = ? where id = ?")
			.params(status, decidedBy, Timestamp.from(this.clock.instant()), approvalId)
			.update();
		return row;
	}

	private record Row(Long accountId, Kind kind, Role role, Long[] teamIds, String passwordHash, Long requestedBy) {
	}

	/** What a request asks for. */
	enum Kind {

		/** a change to an account's role and teams */
		ROLE_AND_TEAMS,
		/** a new account with case access, disabled until approved */
		NEW_ACCOUNT,
		/** a new password for an account with case access */
		PASSWORD_RESET

	}

	/**
	 * A request waiting for a second administrator; role null and no teams for a password
	 * reset.
	 */
	record Pending(Long id, Kind kind, Long accountId, String username, Role role, List<String> teamNames,
			Long requestedBy, String requestedByName, Instant requestedAt) {
	}

}
