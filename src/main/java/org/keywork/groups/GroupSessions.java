package org.keywork.groups;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.Dates;
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
 * The sessions of a group and who came. One note per session, written once, kept on the
 * session: each attendee's timeline lists the sessions they attended by a query
 * ({@code timeline.Timeline}), so nothing is copied into their records and no attendee
 * ever meets another's name there. Attendance is not contact: it never resets the weekly
 * contact clock (group work does not replace individual work). Callers have loaded the
 * group through {@link Groups#get}, which checks the team.
 */
@Service
@Transactional(readOnly = true)
class GroupSessions {

	static final int PAGE_SIZE = 20;

	private static final Logger log = LoggerFactory.getLogger(GroupSessions.class);

	private static final String NAME = "coalesce(nullif(trim(p.preferred_name), ''), p.legal_name)";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Clock clock;

	private final ZoneId zone;

	GroupSessions(JdbcClient jdbc, AccessPolicy policy, Clock clock, Dates dates) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
		this.zone = dates.zone();
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/** The group's sessions, latest first, with how many were invited and came. */
	Page<GroupSession.Row> sessions(Group group, int page) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		long total = this.jdbc.sql("select count(*) from group_session where group_id = ?")
			.param(group.id())
			.query(Long.class)
			.single();
		List<GroupSession.Row> rows = this.jdbc.sql("""
				select s.id, s.starts_at, s.place, count(a.service_user_id) as invited,
				  count(a.service_user_id) filter (where a.status = 'ATTENDED') as attended
				from group_session s left join group_attendance a on a.session_id = s.id
				where s.group_id = :group
				group by s.id
				order by s.starts_at desc, s.id desc limit :limit offset :offset
				""")
			.param("group", group.id())
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, i) -> new GroupSession.Row(rs.getLong("id"), rs.getTimestamp("starts_at").toInstant(),
					rs.getString("place"), rs.getLong("attended"), rs.getLong("invited")))
			.list();
		return new PageImpl<>(rows, request, total);
	}

	/** One session of the group, with who was invited (404 if not the group's). */
	GroupSession get(Group group, Long sessionId) {
		List<GroupSession> found = this.jdbc.sql("""
				select s.id, s.group_id, s.starts_at, s.place, s.note, a.display_name
				from group_session s join account a on a.id = s.created_by where s.id = ? and s.group_id = ?
				""")
			.params(sessionId, group.id())
			.query((rs, i) -> new GroupSession(rs.getLong("id"), rs.getLong("group_id"),
					rs.getTimestamp("starts_at").toInstant(), rs.getString("place"), rs.getString("note"),
					rs.getString("display_name"), List.of()))
			.list();
		if (found.isEmpty()) {
			throw new NotFoundException("Group session", sessionId);
		}
		GroupSession s = found.get(0);
		List<GroupSession.Attendance> attendance = this.jdbc.sql("""
				select case when p.team_id = g.team_id then p.id end as id,
				       case when p.team_id = g.team_id then %s end as name,
				       case when p.team_id = g.team_id then p.legal_name end as legal_name, a.status
				from group_attendance a join service_user p on p.id = a.service_user_id
				join group_session s on s.id = a.session_id join support_group g on g.id = s.group_id
				where a.session_id = ?
				order by a.status, lower(%s), p.id
				""".formatted(NAME, NAME))
			.param(sessionId)
			.query((rs, i) -> new GroupSession.Attendance(rs.getObject("id", Long.class), rs.getString("name"),
					rs.getString("legal_name"), AttendanceStatus.valueOf(rs.getString("status"))))
			.list();
		return new GroupSession(s.id(), s.groupId(), s.startsAt(), s.place(), s.note(), s.recordedBy(), attendance);
	}

	/**
	 * The people of the group's team who may be invited (active or still referred): first
	 * those who prefer group work, then those happy either way, then those whose
	 * preference is not recorded, then those who prefer one-to-one; by the name they go
	 * by within each.
	 */
	List<Invitee> invitees(Group group) {
		return this.jdbc.sql("""
				select p.id, %s as name, p.legal_name, e.group_work
				from service_user p left join engagement_preference e on e.service_user_id = p.id
				where p.team_id = ? and p.status in ('ACTIVE', 'REFERRED')
				order by case e.group_work when 'GROUP' then 0 when 'EITHER' then 1 when 'ONE_TO_ONE' then 3 else 2 end,
				  lower(%s), p.id
				""".formatted(NAME, NAME))
			.param(group.teamId())
			.query((rs, i) -> new Invitee(rs.getLong("id"), rs.getString("name"), rs.getString("legal_name"),
					rs.getString("group_work")))
			.list();
	}

	/**
	 * Records a session that took place, with who was invited and came; only people of
	 * the group's team (checked against {@link #invitees}).
	 */
	@Transactional
	Long record(KeyworkUser user, Group group, Details details) {
		if (!this.policy.canCreateIn(user, group.teamId()) || !group.active()) {
			throw new AccessDeniedException("Cannot record a session of group " + group.id());
		}
		Set<Long> team = invitees(group).stream().map(Invitee::id).collect(Collectors.toSet());
		if (!team.containsAll(details.attendance().keySet())) {
			throw new AccessDeniedException("Only people of the group's team attend its sessions");
		}
		Instant startsAt = details.on().atTime(details.startsAt()).atZone(this.zone).toInstant();
		Long id = this.jdbc.sql("""
				insert into group_session (group_id, starts_at, place, note, created_at, created_by)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(group.id(), Timestamp.from(startsAt), details.place().strip(), details.note().strip(),
					Timestamp.from(this.clock.instant()), user.getId())
			.query(Long.class)
			.single();
		details.attendance()
			.forEach((person, status) -> this.jdbc
				.sql("insert into group_attendance (session_id, service_user_id, status) values (?, ?, ?)")
				.params(id, person, status.name())
				.update());
		log.info("Session {} of group {} recorded with {} invited by account {}", id, group.id(),
				details.attendance().size(), user.getId());
		return id;
	}

	/**
	 * The sessions the person attended, latest first: the group's title, when and where;
	 * never who else came, nor the session's note.
	 */
	Page<Attended> attendedBy(ServiceUser person, Long teamOnly, int page, int size) {
		PageRequest request = Pages.of(page, size);
		long total = this.jdbc.sql("""
				select count(*) from group_attendance a join group_session s on s.id = a.session_id
				join support_group g on g.id = s.group_id
				where a.service_user_id = :person and a.status = 'ATTENDED'
				  and (cast(:team as bigint) is null or g.team_id = :team)
				""").param("person", person.getId()).param("team", teamOnly).query(Long.class).single();
		if (total == 0) {
			return new PageImpl<>(List.of(), request, 0);
		}
		List<Attended> rows = this.jdbc.sql("""
				select s.id, s.group_id, g.title, s.starts_at, s.place
				from group_attendance a join group_session s on s.id = a.session_id
				join support_group g on g.id = s.group_id
				where a.service_user_id = :person and a.status = 'ATTENDED'
				  and (cast(:team as bigint) is null or g.team_id = :team)
				order by s.starts_at desc, s.id desc limit :limit offset :offset
				""")
			.param("person", person.getId())
			.param("team", teamOnly)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, i) -> new Attended(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"),
					rs.getTimestamp("starts_at").toInstant(), rs.getString("place")))
			.list();
		return new PageImpl<>(rows, request, total);
	}

	/**
	 * The latest {@code size} sessions the person attended and how many they attended in
	 * all, read with the rest of the batch in one query (the total counted beside the
	 * rows): what {@link #attendedBy(ServiceUser, Long, int, int)} gives for the first
	 * page.
	 */
	Later<Page<Attended>> latestAttendedBy(ServiceUser person, Long teamOnly, int size, Batch batch) {
		PageRequest request = Pages.of(0, size);
		return batch.sql("""
				select s.id, s.group_id, g.title, s.starts_at, s.place, count(*) over () as total
				from group_attendance a join group_session s on s.id = a.session_id
				join support_group g on g.id = s.group_id
				where a.service_user_id = :person and a.status = 'ATTENDED'
				  and (cast(:team as bigint) is null or g.team_id = :team)
				order by s.starts_at desc, s.id desc limit :limit
				""")
			.param("person", person.getId())
			.param("team", teamOnly)
			.param("limit", request.getPageSize())
			.query((rs, i) -> Map.entry(rs.getLong("total"),
					new Attended(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"),
							rs.getTimestamp("starts_at").toInstant(), rs.getString("place"))))
			.map(rows -> new PageImpl<>(rows.stream().map(Map.Entry::getValue).toList(), request,
					rows.isEmpty() ? 0 : rows.get(0).getKey()));
	}

	/** What staff enter about a session. */
	record Details(LocalDate on, LocalTime startsAt, String place, String note,
			Map<Long, AttendanceStatus> attendance) {
	}

	/**
	 * A person who may be invited, with their preference for group work (null: not
	 * recorded).
	 */
	record Invitee(Long id, String name, String legalName, String groupWork) {

		/** The legal name, when it is not the name they go by. */
		public String otherName() {
			return this.legalName.equals(this.name) ? null : this.legalName;
		}

	}

	/** A session the person attended, as they and staff may see it. */
	public record Attended(Long sessionId, Long groupId, String title, Instant startsAt, String place) {
	}

}
