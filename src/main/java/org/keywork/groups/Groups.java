package org.keywork.groups;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.web.NotFoundException;
import org.keywork.web.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's groups. Who: the staff of the group's team (workers and managers) see, start
 * and change them; a group of another team is answered as if it did not exist (ADR 001);
 * peers and service users never reach these staff pages (403 at the controller). Changes
 * use optimistic locking ({@link StaleGroupException}).
 */
@Service
@Transactional(readOnly = true)
class Groups {

	static final int PAGE_SIZE = 20;

	private static final Logger log = LoggerFactory.getLogger(Groups.class);

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Clock clock;

	Groups(JdbcClient jdbc, AccessPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/** The teams the account runs groups in, by name. */
	List<TeamOption> teams(KeyworkUser user) {
		Set<Long> ids = this.policy.teamIds(user);
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, name from team where id in (:ids) order by name, id")
			.param("ids", ids)
			.query((rs, i) -> new TeamOption(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/**
	 * The groups of the account's teams, a page at a time: those still meeting first,
	 * then by title; with how many sessions each has had and when the last was.
	 */
	Page<Row> list(KeyworkUser user, Sort sort, int page) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		Set<Long> teams = this.policy.teamIds(user);
		if (teams.isEmpty()) {
			return new PageImpl<>(List.of(), request, 0);
		}
		long total = this.jdbc.sql("select count(*) from support_group where team_id in (:teams)")
			.param("teams", teams)
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc
			.sql("""
					select g.id, g.title, g.active, t.name as team_name, count(s.id) as sessions, max(s.starts_at) as last_at
					from support_group g
					join team t on t.id = g.team_id
					left join group_session s on s.group_id = g.id
					where g.team_id in (:teams)
					group by g.id, t.name
					order by g.active desc, %s, g.id
					limit :limit offset :offset
					"""
				.formatted(sort.orderBy))
			.param("teams", teams)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, i) -> {
				Timestamp last = rs.getTimestamp("last_at");
				return new Row(rs.getLong("id"), rs.getString("title"), rs.getBoolean("active"),
						rs.getString("team_name"), rs.getLong("sessions"), last == null ? null : last.toInstant());
			})
			.list();
		return new PageImpl<>(rows, request, total);
	}

	/** A group of one of the account's teams (404 otherwise), with its facilitators. */
	Group get(KeyworkUser user, Long groupId) {
		Set<Long> teams = this.policy.teamIds(user);
		List<Group> found = this.jdbc.sql("""
				select g.id, g.team_id, t.name as team_name, g.title, g.topic, g.active, g.version
				from support_group g join team t on t.id = g.team_id where g.id = ?
				""")
			.param(groupId)
			.query((rs, i) -> new Group(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_name"),
					rs.getString("title"), rs.getString("topic"), rs.getBoolean("active"), rs.getLong("version"),
					List.of()))
			.list();
		if (found.isEmpty() || !teams.contains(found.get(0).teamId())) {
			throw new NotFoundException("Group", groupId);
		}
		Group group = found.get(0);
		List<Group.StaffOption> facilitators = this.jdbc.sql("""
				select a.id, a.display_name from support_group_facilitator f join account a on a.id = f.account_id
				where f.group_id = ? order by a.display_name, a.id
				""").param(groupId).query((rs, i) -> new Group.StaffOption(rs.getLong(1), rs.getString(2))).list();
		return new Group(group.id(), group.teamId(), group.teamName(), group.title(), group.topic(), group.active(),
				group.version(), facilitators);
	}

	/** The staff of these teams who may run a group, by name. */
	List<Group.StaffOption> staff(List<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct a.id, a.display_name from account a join account_team t on t.account_id = a.id
				where t.team_id in (:teams) and a.enabled and a.role in ('MANAGER', 'WORKER')
				order by a.display_name, a.id
				""")
			.param("teams", teamIds)
			.query((rs, i) -> new Group.StaffOption(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The staff of the team who may run its groups. */
	List<Group.StaffOption> staff(Long teamId) {
		return teamId == null ? List.of() : staff(List.of(teamId));
	}

	@Transactional
	Long create(KeyworkUser user, Details details) {
		if (!this.policy.canCreateIn(user, details.teamId())) {
			throw new AccessDeniedException("Cannot start a group in team " + details.teamId());
		}
		Long id = this.jdbc.sql("""
				insert into support_group (team_id, title, topic, active, created_at, created_by)
				values (?, ?, ?, true, ?, ?) returning id
				""")
			.params(details.teamId(), details.title().strip(), blankToNull(details.topic()),
					Timestamp.from(this.clock.instant()), user.getId())
			.query(Long.class)
			.single();
		facilitators(id, details.facilitatorIds());
		log.info("Group {} started in team {} by account {}", id, details.teamId(), user.getId());
		return id;
	}

	/**
	 * Changes a group (its team stays).
	 * @throws StaleGroupException if it changed since {@code version} was read
	 */
	@Transactional
	void change(KeyworkUser user, Long groupId, long version, Details details) {
		Group group = get(user, groupId);
		int changed = this.jdbc.sql("""
				update support_group set title = ?, topic = ?, active = ?, changed_at = ?, changed_by = ?,
				  version = version + 1
				where id = ? and version = ?
				""")
			.params(details.title().strip(), blankToNull(details.topic()), details.active(),
					Timestamp.from(this.clock.instant()), user.getId(), group.id(), version)
			.update();
		if (changed == 0) {
			throw new StaleGroupException(groupId);
		}
		this.jdbc.sql("delete from support_group_facilitator where group_id = ?").param(groupId).update();
		facilitators(groupId, details.facilitatorIds());
		log.info("Group {} changed by account {}", groupId, user.getId());
	}

	private void facilitators(Long groupId, List<Long> accountIds) {
		for (Long account : new ArrayList<>(new java.util.LinkedHashSet<>(accountIds))) {
			this.jdbc.sql("insert into support_group_facilitator (group_id, account_id) values (?, ?)")
				.params(groupId, account)
				.update();
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** How the list is sorted (groups that still meet always first). */
	enum Sort {

		/** By title. */
		TITLE("lower(g.title)"),
		/** Most recently met (or started, if no session yet) first. */
		RECENT("coalesce(max(s.starts_at), g.created_at) desc");

		private final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

		/** The sort named in a request; by title for anything else. */
		static Sort parse(String value) {
			return "recent".equalsIgnoreCase(value) ? RECENT : TITLE;
		}

	}

	/** What staff enter about a group. */
	record Details(Long teamId, String title, String topic, List<Long> facilitatorIds, boolean active) {
	}

	/** A group in the list. */
	record Row(Long id, String title, boolean active, String teamName, long sessions, java.time.Instant lastAt) {
	}

	/** A team the account may start a group in. */
	record TeamOption(Long id, String name) {
	}

}
