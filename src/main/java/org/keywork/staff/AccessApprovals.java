package org.keywork.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.keywork.security.Role;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second administrator's approval for a change an administrator makes to the role or
 * teams of their own account (a staff role and its teams are what reach people; an
 * administrator reaches nobody). The change waits in {@code account_change_approval}
 * until another administrator approves it, which applies it, or turns it down. The one
 * who asked can never decide: the service refuses it and the table's check forbids it. At
 * most one change waits per account; asking again replaces it.
 */
@Service
@Transactional(readOnly = true)
class AccessApprovals {

	private static final Logger log = LoggerFactory.getLogger(AccessApprovals.class);

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final TeamRepository teams;

	private final Clock clock;

	AccessApprovals(JdbcClient jdbc, AccountRepository accounts, TeamRepository teams, Clock clock) {
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
		Long[] ids = teamIds.stream().distinct().sorted().toArray(Long[]::new);
		Timestamp now = Timestamp.from(this.clock.instant());
		// a new request replaces a waiting one under a new id, so an approval given on a
		// page showing the earlier request can never apply this one (it finds nothing)
		this.jdbc.sql("delete from account_change_approval where account_id = ? and status = 'PENDING'")
			.param(accountId)
			.update();
		Long id = this.jdbc.sql("""
				insert into account_change_approval (account_id, role, team_ids, requested_by, requested_at)
				values (?, ?, ?, ?, ?) returning id
				""").params(accountId, role.name(), ids, requestedBy, now).query(Long.class).single();
		log.info("Approval {}: account {} asked for the role and teams of account {} to change ({}, {} teams);"
				+ " waits for a second administrator", id, requestedBy, accountId, role, ids.length);
	}

	/** The change waiting for the account, if any. */
	Optional<Pending> pendingFor(Long accountId) {
		return pending().stream().filter(p -> p.accountId().equals(accountId)).findFirst();
	}

	/** Every change waiting, oldest first, with the names the page needs. */
	List<Pending> pending() {
		Map<Long, String> teamNames = this.teams.findAllByOrderByNameAsc()
			.stream()
			.collect(Collectors.toMap(Team::getId, Team::getName));
		return this.jdbc
			.sql("""
					select p.id, p.account_id, a.username, p.role, p.team_ids, p.requested_by, r.display_name as requested_by_name,
					  p.requested_at
					from account_change_approval p
					join account a on a.id = p.account_id
					join account r on r.id = p.requested_by
					where p.status = 'PENDING'
					order by p.requested_at, p.id
					""")
			.query((rs, i) -> {
				Long[] ids = (Long[]) rs.getArray("team_ids").getArray();
				return new Pending(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username"),
						Role.valueOf(rs.getString("role")), Arrays.stream(ids).map(teamNames::get).sorted().toList(),
						rs.getLong("requested_by"), rs.getString("requested_by_name"),
						rs.getTimestamp("requested_at").toInstant());
			})
			.list();
	}

	long countPending() {
		return this.jdbc.sql("select count(*) from account_change_approval where status = 'PENDING'")
			.query(Long.class)
			.single();
	}

	/**
	 * Applies the waiting change, decided by another administrator.
	 * @return the account whose teams changed
	 */
	@Transactional
	Long approve(Long approvalId, Long decidedBy) {
		Row row = decide(approvalId, decidedBy, "APPROVED");
		Account account = this.accounts.findById(row.accountId())
			.orElseThrow(() -> new NotFoundException("Account", row.accountId()));
		account.setRole(row.role());
		account.setTeams(new HashSet<>(this.teams.findAllById(Arrays.asList(row.teamIds()))));
		this.accounts.flush();
		log.info("Approval {}: role and teams of account {} changed, asked by account {}, approved by account {}",
				approvalId, row.accountId(), row.requestedBy(), decidedBy);
		return row.accountId();
	}

	/** Turns the waiting change down; nothing changes. */
	@Transactional
	Long reject(Long approvalId, Long decidedBy) {
		Row row = decide(approvalId, decidedBy, "REJECTED");
		log.info(
				"Approval {}: change to the role and teams of account {}, asked by account {}, turned down by account {}",
				approvalId, row.accountId(), row.requestedBy(), decidedBy);
		return row.accountId();
	}

	private Row decide(Long approvalId, Long decidedBy, String status) {
		Row row = this.jdbc.sql("""
				select account_id, role, team_ids, requested_by from account_change_approval
				where id = ? and status = 'PENDING' for update of account_change_approval
				""")
			.param(approvalId)
			.query((rs, i) -> new Row(rs.getLong("account_id"), Role.valueOf(rs.getString("role")),
					(Long[]) rs.getArray("team_ids").getArray(), rs.getLong("requested_by")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Approval", approvalId));
		if (row.requestedBy().equals(decidedBy)) {
			log.info("Refused: account {} deciding approval {} it asked for itself", decidedBy, approvalId);
			throw new AccessDeniedException("A second administrator must decide approval " + approvalId);
		}
		this.jdbc.sql("update account_change_approval set status = ?, decided_by = ?, decided_at = ? where id = ?")
			.params(status, decidedBy, Timestamp.from(this.clock.instant()), approvalId)
			.update();
		return row;
	}

	private record Row(Long accountId, Role role, Long[] teamIds, Long requestedBy) {
	}

	/** A change waiting for a second administrator. */
	record Pending(Long id, Long accountId, String username, Role role, List<String> teamNames, Long requestedBy,
			String requestedByName, Instant requestedAt) {
	}

}
