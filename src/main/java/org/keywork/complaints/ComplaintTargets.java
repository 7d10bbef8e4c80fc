package org.keywork.complaints;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's target for the first response to a complaint, in working days
 * ({@code complaint_team_target}; no row: {@link WorkingDays#DEFAULT}). Administrators
 * set it for any team, managers for the teams they manage; another team is not found.
 * Saving is optimistic: a target changed (or first set) by someone else since the form
 * was read is refused.
 */
@Service
@Transactional(readOnly = true)
class ComplaintTargets {

	private static final Logger log = LoggerFactory.getLogger(ComplaintTargets.class);

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Clock clock;

	ComplaintTargets(JdbcClient jdbc, AccessPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/** The teams this account may set the target of, by name, with their targets. */
	List<Target> list(KeyworkUser user) {
		boolean admin = user.hasRole(Role.ADMIN);
		List<Long> teams = admin ? List.of(-1L) : List.copyOf(this.policy.teamIds(user));
		if (!admin && !user.hasRole(Role.MANAGER) || teams.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select t.id, t.name, coalesce(c.working_days, :default) as days, c.version from team t
				left join complaint_team_target c on c.team_id = t.id
				where cast(:admin as boolean) or t.id in (:teams)
				order by t.name, t.id
				""")
			.param("default", WorkingDays.DEFAULT)
			.param("admin", admin)
			.param("teams", teams)
			.query((rs, i) -> new Target(rs.getLong("id"), rs.getString("name"), rs.getInt("days"),
					(Long) rs.getObject("version", Long.class)))
			.list();
	}

	/** One team's target, if this account may set it (404 otherwise). */
	Target get(KeyworkUser user, Long teamId) {
		return list(user).stream()
			.filter(t -> t.teamId().equals(teamId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Team", teamId));
	}

	/**
	 * Saves a team's target.
	 * @throws StaleComplaintException if it changed since {@code version} was read
	 */
	@Transactional
	void save(KeyworkUser user, Long teamId, int days, Long version) {
		get(user, teamId);
		int changed;
		if (version == null) {
			changed = this.jdbc.sql("""
					insert into complaint_team_target (team_id, working_days, changed_at, changed_by)
					values (?, ?, ?, ?) on conflict (team_id) do nothing
					""").params(teamId, days, Timestamp.from(this.clock.instant()), user.getId()).update();
		}
		else {
			changed = this.jdbc.sql("""
					update complaint_team_target set working_days = ?, changed_at = ?, changed_by = ?,
					  version = version + 1
					where team_id = ? and version = ?
					""").params(days, Timestamp.from(this.clock.instant()), user.getId(), teamId, version).update();
		}
		if (changed == 0) {
			throw new StaleComplaintException(teamId);
		}
		log.info("Complaint response target of team {} set by account {}", teamId, user.getId());
	}

	record Target(Long teamId, String teamName, int workingDays, Long version) {
	}

}
