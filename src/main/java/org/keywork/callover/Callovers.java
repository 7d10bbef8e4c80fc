package org.keywork.callover;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.keywork.caseload.CalloverGroup;
import org.keywork.caseload.CalloverPart;
import org.keywork.caseload.CalloverPeople;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.staff.StaffMembers;
import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
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
 * Callover meetings and what they decided. Who: the staff (workers and managers) of the
 * meeting's team read its meetings (ADR 001: anyone else gets a 404); only a manager of
 * the team starts one or records decisions ({@link AccessPolicy#managesTeam}). A decision
 * is one row per person and meeting, changed under optimistic locking
 * ({@link StaleDecisionException}). Follow-ups are in {@link FollowUps}.
 */
@Service
@Transactional(readOnly = true)
class Callovers {

	static final int PAGE_SIZE = 20;

	private static final Logger log = LoggerFactory.getLogger(Callovers.class);

	private static final String MEETING = """
			select m.id, m.team_id, t.name as team_name, m.held_on, m.chaired_by, a.display_name as chair_name,
			  (select count(*) from callover_decision d where d.meeting_id = m.id) as decisions, m.version
			from callover_meeting m join team t on t.id = m.team_id join account a on a.id = m.chaired_by
			""";

	static final String DECISION = """
			select d.id, d.meeting_id, m.held_on, d.service_user_id,
			  coalesce(nullif(trim(s.preferred_name), ''), s.legal_name) as person_name, d.discussed, d.agreed,
			  d.follow_up_by, f.display_name as follow_up_name, d.follow_up_due, d.done_at,
			  dn.display_name as done_name, d.done_note, r.display_name as recorded_name, d.version
			from callover_decision d
			join callover_meeting m on m.id = d.meeting_id
			join service_user s on s.id = d.service_user_id
			join account r on r.id = d.recorded_by
			left join account f on f.id = d.follow_up_by
			left join account dn on dn.id = d.done_by
			""";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final CalloverPeople people;

	private final StaffMembers staffMembers;

	private final Clock clock;

	private final Dates dates;

	Callovers(JdbcClient jdbc, AccessPolicy policy, CalloverPeople people, StaffMembers staffMembers, Clock clock,
			Dates dates) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
		this.staffMembers = staffMembers;
		this.clock = clock;
		this.dates = dates;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.dates.zone()));
	}

	/** The teams this account manages, so could hold a callover for. */
	List<Long> managedTeams(KeyworkUser user) {
		return user.hasRole(Role.MANAGER) ? this.policy.teamIds(user).stream().sorted().toList() : List.of();
	}

	/**
	 * Today's callover of the team: the one already started today, or a new one chaired
	 * by this manager.
	 */
	@Transactional
	Long startToday(KeyworkUser user, Long teamId) {
		if (!this.policy.managesTeam(user, teamId)) {
			throw new NotFoundException("Team", teamId);
		}
		LocalDate today = today();
		Optional<Long> existing = todays(teamId, today);
		if (existing.isPresent()) {
			return existing.get();
		}
		Long id = this.jdbc.sql("""
				insert into callover_meeting (team_id, held_on, chaired_by, created_at) values (?, ?, ?, ?)
				on conflict (team_id, held_on) do nothing returning id
				""")
			.params(teamId, Date.valueOf(today), user.getId(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.optional()
			.orElseGet(() -> todays(teamId, today).orElseThrow());
		log.info("Callover {} of team {} started by account {}", id, teamId, user.getId());
		return id;
	}

	private Optional<Long> todays(Long teamId, LocalDate today) {
		return this.jdbc.sql("select id from callover_meeting where team_id = ? and held_on = ?")
			.params(teamId, Date.valueOf(today))
			.query(Long.class)
			.optional();
	}

	/** The callovers of the account's teams, latest first, a page at a time. */
	Page<Meeting> list(KeyworkUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Set<Long> teams = this.policy.teamIds(user);
		if (teams.isEmpty()) {
			return new PageImpl<>(List.of(), request, 0);
		}
		long total = this.jdbc.sql("select count(*) from callover_meeting where team_id in (:teams)")
			.param("teams", teams)
			.query(Long.class)
			.single();
		List<Meeting> meetings = this.jdbc
			.sql(MEETING
					+ " where m.team_id in (:teams) order by m.held_on desc, m.id desc limit :limit offset :offset")
			.param("teams", teams)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(this::meeting)
			.list();
		return new PageImpl<>(meetings, request, total);
	}

	/** A meeting of one of the account's teams (404 for anyone else: ADR 001). */
	Meeting get(KeyworkUser user, Long meetingId) {
		Meeting meeting = this.jdbc.sql(MEETING + " where m.id = ?")
			.param(meetingId)
			.query(this::meeting)
			.optional()
			.orElseThrow(() -> new NotFoundException("Callover", meetingId));
		if (!this.policy.worksByTeam(user) || !this.policy.teamIds(user).contains(meeting.teamId())) {
			throw new NotFoundException("Callover", meetingId);
		}
		return meeting;
	}

	/** May this account record decisions at the meeting (a manager of its team)? */
	boolean canRecord(KeyworkUser user, Meeting meeting) {
		return this.policy.managesTeam(user, meeting.teamId());
	}

	/**
	 * One keyworker's part of the people the callover goes through (or of the people
	 * without one), with the facts the live callover shows ({@link CalloverPeople#part}).
	 */
	CalloverPart part(Meeting meeting, Long keyworkerId, boolean unassigned) {
		return this.people.part(Set.of(meeting.teamId()), keyworkerId, unassigned, today());
	}

	/**
	 * The part of the callover a person of the meeting's team is in (their keyworker's,
	 * or the one of people without a keyworker); empty if the callover no longer lists
	 * them.
	 */
	Optional<CalloverGroup> partOf(Meeting meeting, Long personId) {
		return this.jdbc.sql("""
				select keyworker_id from service_user where id = ? and team_id = ? and status in ('ACTIVE', 'REFERRED')
				""")
			.params(personId, meeting.teamId())
			.query((rs, n) -> new CalloverGroup(rs.getObject("keyworker_id", Long.class), null, 1))
			.optional();
	}

	/**
	 * Everything the meeting decided, by the person's name: the record of the meeting, to
	 * read or print whole (a meeting's page shows one keyworker's part at a time).
	 */
	List<Decision> record(Meeting meeting) {
		return this.jdbc.sql(DECISION + " where d.meeting_id = ? order by person_name, d.id")
			.param(meeting.id())
			.query(Callovers::decision)
			.list();
	}

	/**
	 * What the meeting decided about these people (a part of the callover), by person.
	 */
	Map<Long, Decision> decisions(Meeting meeting, Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(DECISION + " where d.meeting_id = ? and d.service_user_id = any(?) order by d.id")
			.params(meeting.id(), personIds.toArray(Long[]::new))
			.query(Callovers::decision)
			.list()
			.stream()
			.collect(Collectors.toMap(Decision::personId, Function.identity()));
	}

	/**
	 * Decisions about people the callover no longer lists (support ended, or moved to
	 * another team), by name, so the record of the meeting stays whole.
	 */
	List<Decision> notListed(Meeting meeting) {
		return this.jdbc.sql(DECISION + """
				 where d.meeting_id = ? and not (s.team_id = m.team_id and s.status in ('ACTIVE', 'REFERRED'))
				order by person_name, d.id""").param(meeting.id()).query(Callovers::decision).list();
	}

	/** The teams a manager may start a callover for, with their names. */
	List<TeamChoice> teamChoices(List<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, name from team where id in (:ids) order by name, id")
			.param("ids", teamIds)
			.query((rs, i) -> new TeamChoice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	record TeamChoice(Long id, String name) {
	}

	/** The meeting's decision about one person, if any. */
	Optional<Decision> decision(Meeting meeting, Long personId) {
		return this.jdbc.sql(DECISION + " where d.meeting_id = ? and d.service_user_id = ?")
			.params(meeting.id(), personId)
			.query(Callovers::decision)
			.optional();
	}

	/** The person's name if they are one of the team's people (404 otherwise). */
	String personInTeam(Meeting meeting, Long personId) {
		return this.jdbc.sql("""
				select coalesce(nullif(preferred_name, ''), legal_name) from service_user where id = ? and team_id = ?
				""")
			.params(personId, meeting.teamId())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Service user", personId));
	}

	/** The team's staff, who may be asked to follow a decision up. */
	List<StaffMember> staff(Meeting meeting) {
		return this.staffMembers.inTeams(Set.of(meeting.teamId()), EnumSet.of(Role.WORKER, Role.MANAGER));
	}

	/**
	 * Records (or changes) the meeting's decision about the person.
	 * @param version null for a new decision, else the version the form was read at
	 * @throws StaleDecisionException if someone else recorded or changed it meanwhile
	 */
	@Transactional
	void record(KeyworkUser user, Meeting meeting, Long personId, Long version, DecisionForm form) {
		if (!canRecord(user, meeting)) {
			throw new AccessDeniedException("Only a manager of the team records callover decisions");
		}
		personInTeam(meeting, personId);
		Timestamp now = Timestamp.from(this.clock.instant());
		if (version == null) {
			int added = this.jdbc.sql("""
					insert into callover_decision (meeting_id, service_user_id, discussed, agreed, follow_up_by,
					  follow_up_due, recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (meeting_id, service_user_id) do nothing
					""")
				.params(meeting.id(), personId, form.discussedText(), form.agreedText(), form.getFollowUpBy(),
						form.dueOrNull(), now, user.getId())
				.update();
			if (added == 0) {
				throw new StaleDecisionException(meeting.id(), personId);
			}
		}
		else {
			int changed = this.jdbc.sql("""
					update callover_decision set discussed = ?, agreed = ?, follow_up_by = ?, follow_up_due = ?,
					  done_at = case when follow_up_by is not distinct from cast(? as bigint) then done_at end,
					  done_by = case when follow_up_by is not distinct from cast(? as bigint) then done_by end,
					  done_note = case when follow_up_by is not distinct from cast(? as bigint) then done_note end,
					  changed_at = ?, changed_by = ?, version = version + 1
					where meeting_id = ? and service_user_id = ? and version = ?
					""")
				.params(form.discussedText(), form.agreedText(), form.getFollowUpBy(), form.dueOrNull(),
						form.getFollowUpBy(), form.getFollowUpBy(), form.getFollowUpBy(), now, user.getId(),
						meeting.id(), personId, version)
				.update();
			if (changed == 0) {
				throw new StaleDecisionException(meeting.id(), personId);
			}
		}
		log.info("Callover {} decision about service user {} recorded by account {}", meeting.id(), personId,
				user.getId());
	}

	private Meeting meeting(ResultSet rs, int n) throws SQLException {
		return new Meeting(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_name"),
				rs.getObject("held_on", LocalDate.class), rs.getLong("chaired_by"), rs.getString("chair_name"),
				rs.getLong("decisions"), rs.getLong("version"));
	}

	static Decision decision(ResultSet rs, int n) throws SQLException {
		Timestamp done = rs.getTimestamp("done_at");
		return new Decision(rs.getLong("id"), rs.getLong("meeting_id"), rs.getObject("held_on", LocalDate.class),
				rs.getLong("service_user_id"), rs.getString("person_name"), rs.getString("discussed"),
				rs.getString("agreed"), rs.getObject("follow_up_by", Long.class), rs.getString("follow_up_name"),
				rs.getObject("follow_up_due", LocalDate.class), done == null ? null : done.toInstant(),
				rs.getString("done_name"), rs.getString("done_note"), rs.getString("recorded_name"),
				rs.getLong("version"));
	}

}
