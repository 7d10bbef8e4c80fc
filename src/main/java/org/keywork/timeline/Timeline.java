package org.keywork.timeline;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.NoteReadRule;
import org.keywork.security.PeerScope;
import org.keywork.security.PersonRecord;
import org.keywork.security.Role;
import org.keywork.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's timeline, newest first, filtered by kind and paginated in the database: ONE
 * native query, a {@code union all} with one branch per {@link TimelineKind}. Each branch
 * applies the visibility rule (ADR 008) in SQL, with the decisions taken by
 * {@link AccessPolicy} passed in as parameters: notes by {@link NoteReadRule}; plan
 * entries only of records the reader may see (for a peer, what the link's scope allows,
 * and never a record that was withheld then or is withheld now); no keyworker history for
 * peers; outcome measures (star readings, wellbeing scales, stages of change) only for
 * readers who may see them ({@link AccessPolicy#canReadOutcomes}), withheld ones only for
 * staff (ADR 012); support intensity (level changes, crisis step-ups) only for staff
 * (issue 14); referrals and their status changes only for staff who may change the record
 * (as the referrals page), withheld ones only for staff who see withheld items;
 * engagement preferences updated, for readers who may see them (a peer when the link
 * includes the notes, as for appointments); callover decisions for the team's staff only;
 * the group sessions the person attended (issue 14) as the group's title and the date, to
 * staff with the start of the session's note, to a peer whose link includes the notes
 * without it, and never naming another attendee (the note lives once, on the session;
 * nothing is copied into the person's record); accommodation episodes started and ended
 * (issue 13), never for peers, withheld ones only for staff who see withheld items; each
 * status a welfare benefit took (issue 13), for staff only, withheld ones only for staff
 * who see withheld items; complaints received, first responses and complaints closed
 * (issue 13), never for peers and never naming who complained, withheld ones only for
 * staff who see withheld items.
 * <p>
 * The caller must already have loaded the person through {@code ServiceUserService.get},
 * which decides whether the account may see the person at all.
 * <p>
 * To add a branch: select the same thirteen columns in the same order
 * ({@code kind, ref_id, occurred_at, subtype, actor_id, actor_named, actor_name,
 * subject_id, subject_name, summary, restricted, peer, shared}), guard it with
 * {@code cast(:kindX as boolean)}, say in {@link #kinds} who may meet that kind, and bind
 * the parameter in {@code bind}. A member of staff is named by id ({@code actor_id} with
 * {@code actor_named}, or {@code subject_id}): the names are read for the page's entries
 * only. A branch whose rule needs more than the id (the account's role) joins the account
 * itself and gives {@code actor_name}.
 */
@Component
@Transactional(readOnly = true)
public class Timeline {

	public static final int PAGE_SIZE = 20;

	/**
	 * Whether a staff name may be shown: to everyone but peers, and to a peer their own
	 * and the keyworker's.
	 */
	private static final String NAMED = "(cast(:allNames as boolean) or {id} = :noteReader or {id} = :keyworker)";

	private static final String ENTRIES = ("""
			with entries as (
			  select 'NOTE' as kind, n.id as ref_id, n.contact_at as occurred_at, n.type as subtype,
			         n.author_id as actor_id, {named:n.author_id} as actor_named, cast(null as varchar) as actor_name,
			         cast(null as bigint) as subject_id, cast(null as varchar) as subject_name,
			         left(n.note, 240) as summary, n.restricted, n.peer_contact as peer, n.shared
			  from contact_note n
			  where n.service_user_id = :person and cast(:kindNote as boolean)
			    and """ + NoteReadRule.predicate()
			+ """
					  union all
					  select 'KEYWORKER', k.id, k.started_at, case when k.keyworker_id is null then 'NONE' else 'SET' end,
					         k.changed_by, true, cast(null as varchar), k.keyworker_id, cast(null as varchar), k.reason,
					         false, false, true
					  from keyworker_assignment k
					  where k.service_user_id = :person and cast(:kindKeyworker as boolean)
					  union all
					  select 'PLAN', e.record_id, e.occurred_at, e.action, e.account_id, {named:e.account_id}, cast(null as varchar),
					         cast(null as bigint), e.kind, case when e.action = 'AGREED' then e.args->>0 end, false, false, not r.withheld
					  from support_record_event e
					  join support_record r on r.id = e.record_id
					  where e.service_user_id = :person and cast(:kindPlan as boolean)
					    and e.action in ('AGREED', 'REVIEW_STARTED') and e.kind in (:recordKinds)
					    and (cast(:seesWithheld as boolean) or (not r.withheld and not (
					      select l.withheld from support_record l where l.service_user_id = r.service_user_id
					      and l.kind = r.kind order by l.version_number desc limit 1)))
					  union all
					  select 'PERSON', c.id, c.created_at, 'COMMENT', cast(null as bigint), false, author.display_name,
					         cast(null as bigint), c.kind, c.text, false, false, true
					  from record_comment c
					  join account author on author.id = c.author_account_id
					  where c.service_user_id = :person and cast(:kindPerson as boolean) and author.role = 'SERVICE_USER'
					    and c.kind in (:recordKinds)
					  union all
					  select 'PERSON', e.id, e.occurred_at, 'STEP_DONE', cast(null as bigint), false, actor.display_name,
					         cast(null as bigint), e.kind, e.args->>0, false, false, true
					  from support_record_event e
					  join account actor on actor.id = e.account_id
					  where e.service_user_id = :person and cast(:kindPerson as boolean) and actor.role = 'SERVICE_USER'
					    and e.action = 'STEP_PROGRESS' and e.kind in (:recordKinds)
					  union all
					  select 'OUTCOME', s.id, s.recorded_at, 'CYCLE', s.recorded_by, {named:s.recorded_by}, cast(null as varchar),
					         cast(null as bigint), i.name, s.stage, false, false, not i.withheld
					  from cycle_stage s
					  join cycle_issue i on i.id = s.issue_id
					  where i.service_user_id = :person and cast(:kindOutcome as boolean) and cast(:readsOutcomes as boolean)
					    and (cast(:seesWithheld as boolean) or not i.withheld)
					  union all
					  select 'OUTCOME', r.id, r.recorded_at, 'STAR', cast(null as bigint), false, cast(null as varchar),
					         cast(null as bigint), m.name, cast(null as varchar), false, false, not r.withheld
					  from star_reading r
					  join star_measure m on m.id = r.measure_id
					  where r.service_user_id = :person and cast(:kindOutcome as boolean) and cast(:readsOutcomes as boolean)
					    and (cast(:seesWithheld as boolean) or not r.withheld)
					  union all
					  select 'OUTCOME', w.id, w.created_at, 'WELLBEING', w.created_by, {named:w.created_by}, cast(null as varchar),
					         cast(null as bigint), w.scale_code,
					         case when w.scale_code = 'SWEMWBS' then to_char(w.score, 'FM990.00') else cast(w.raw_total as varchar) end,
					         false, false, not w.withheld
					  from wellbeing_reading w
					  where w.service_user_id = :person and cast(:kindOutcome as boolean) and cast(:readsOutcomes as boolean)
					    and (cast(:seesWithheld as boolean) or not w.withheld)
					  union all
					  select 'INTENSITY', c.id, c.changed_at, 'LEVEL', c.changed_by, true, cast(null as varchar),
					         cast(null as bigint), c.level, c.reason, false, false, true
					  from intensity_change c
					  where c.service_user_id = :person and cast(:kindIntensity as boolean)
					  union all
					  select 'PREFERENCES', p.id, p.changed_at, 'UPDATED', cast(null as bigint), false,
					         case when {namedActor} or actor.role = 'SERVICE_USER' then actor.display_name end,
					         cast(null as bigint), cast(null as varchar), cast(null as varchar), false, false, true
					  from engagement_preference_change p
					  join account actor on actor.id = p.changed_by
					  where p.service_user_id = :person and cast(:kindPreferences as boolean)
					  union all
					  select 'INTENSITY', k.id, k.started_at, 'CRISIS', k.started_by, true, cast(null as varchar),
					         cast(null as bigint), to_char(k.ends_on, 'FMDD FMMonth YYYY'), k.reason, false, false, true
					  from intensity_crisis k
					  where k.service_user_id = :person and cast(:kindIntensity as boolean)
					  union all
					  select 'INTENSITY', k.id, k.ended_at, 'CRISIS_ENDED', k.ended_by, true, cast(null as varchar),
					         cast(null as bigint), to_char(k.ended_on, 'FMDD FMMonth YYYY'), k.end_reason, false, false, true
					  from intensity_crisis k
					  where k.service_user_id = :person and k.ended_at is not null and k.ended_by is not null
					    and cast(:kindIntensity as boolean)
					  union all
					  select 'REFERRAL', r.id, c.created_at, c.status, c.created_by, true, cast(null as varchar),
					         cast(null as bigint), ag.name,
					         case when c.status = 'MADE' then left(r.reason, 240)
					              when cast(:seesWithheld as boolean) then c.note end,
					         false, false, not r.withheld
					  from referral_status_change c
					  join referral r on r.id = c.referral_id
					  join agency ag on ag.id = r.agency_id
					  where r.service_user_id = :person and cast(:kindReferral as boolean)
					    and (cast(:seesWithheld as boolean) or not r.withheld)
					  union all
					  select 'CALLOVER', d.meeting_id, d.recorded_at, 'DECISION', d.recorded_by, true, cast(null as varchar),
					         cast(null as bigint), to_char(m.held_on, 'FMDD FMMonth YYYY'), left(coalesce(d.agreed, d.discussed), 240),
					         false, false, false
					  from callover_decision d
					  join callover_meeting m on m.id = d.meeting_id
					  where d.service_user_id = :person and cast(:kindCallover as boolean)
					  union all
					  select 'GROUP', s.id, s.starts_at,
					         case when g.team_id in (:groupTeams) then cast(g.id as varchar) end,
					         cast(null as bigint), false, cast(null as varchar), cast(null as bigint), g.title,
					         case when cast(:groupNotes as boolean) and g.team_id in (:groupTeams) then left(s.note, 240) end, false, false, true
					  from group_attendance a
					  join group_session s on s.id = a.session_id
					  join support_group g on g.id = s.group_id
					  where a.service_user_id = :person and a.status = 'ATTENDED' and cast(:kindGroup as boolean)
					  union all
					  select 'HOUSING', h.id, cast(h.started_on as timestamptz), 'STARTED', h.created_by, {named:h.created_by},
					         cast(null as varchar), cast(null as bigint), h.form, h.address, false, false, not h.withheld
					  from accommodation_episode h
					  where h.service_user_id = :person and cast(:kindHousing as boolean)
					    and (cast(:seesWithheld as boolean) or not h.withheld)
					  union all
					  select 'HOUSING', h.id, cast(h.ended_on as timestamptz), 'ENDED', cast(null as bigint), false,
					         cast(null as varchar), cast(null as bigint), h.form, h.reason_for_leaving, false, false, not h.withheld
					  from accommodation_episode h
					  where h.service_user_id = :person and h.ended_on is not null and cast(:kindHousing as boolean)
					    and (cast(:seesWithheld as boolean) or not h.withheld)
					  union all
					  select 'MOVING_IN', m.id, m.started_at, 'STARTED', m.started_by, {named:m.started_by}, cast(null as varchar),
					         cast(null as bigint), cast(null as varchar), cast(null as varchar), false, false, true
					  from moving_in_checklist m
					  where m.service_user_id = :person and cast(:kindMovingIn as boolean)
					  union all
					  select 'MOVING_IN', m.id, m.completed_at, 'COMPLETE', cast(null as bigint), false, cast(null as varchar),
					         cast(null as bigint), cast(null as varchar), cast(null as varchar), false, false, true
					  from moving_in_checklist m
					  where m.service_user_id = :person and m.completed_at is not null and cast(:kindMovingIn as boolean)
					  union all
					  select 'BENEFIT', bs.id, cast(bs.status_since as timestamptz), bs.status, bs.recorded_by,
					         {named:bs.recorded_by}, cast(null as varchar), cast(null as bigint), b.benefit, b.other_name,
					         false, false, not b.withheld
					  from welfare_benefit_status bs
					  join welfare_benefit b on b.id = bs.benefit_id
					  where b.service_user_id = :person and cast(:kindBenefit as boolean)
					    and (cast(:seesWithheld as boolean) or not b.withheld)
					  union all
					  select 'COMPLAINT', c.id, c.received_at, 'RECEIVED', c.created_by, {named:c.created_by}, cast(null as varchar),
					         cast(null as bigint), c.kind || ' ' || c.source, left(c.what_was_said, 240), false, false, not c.withheld
					  from complaint c
					  where c.service_user_id = :person and cast(:kindComplaint as boolean)
					    and (cast(:seesWithheld as boolean) or not c.withheld)
					  union all
					  select 'COMPLAINT', c.id, c.first_response_at, 'RESPONDED', cast(null as bigint), false, c.first_response_who,
					         cast(null as bigint), c.kind || ' ' || c.source, left(c.first_response_done, 240), false, false, not c.withheld
					  from complaint c
					  where c.service_user_id = :person and c.first_response_at is not null
					    and cast(:kindComplaint as boolean) and (cast(:seesWithheld as boolean) or not c.withheld)
					  union all
					  select 'COMPLAINT', c.id, c.closed_at, 'CLOSED', c.closed_by, {named:c.closed_by}, cast(null as varchar),
					         cast(null as bigint), c.kind || ' ' || c.source, left(c.outcome_text, 240), false, false, not c.withheld
					  from complaint c
					  where c.service_user_id = :person and c.closed_at is not null and c.closed_by is not null
					    and cast(:kindComplaint as boolean) and (cast(:seesWithheld as boolean) or not c.withheld)
					)
					""")
		.replace("{namedActor}", NAMED.replace("{id}", "actor.id"))
		.replaceAll("\\{named:([a-z_.]+)}", NAMED.replace("{id}", "$1"));

	/**
	 * The page's entries, then the staff names of those twenty only (each branch gives
	 * the account's id and whether it may be named): one join for the page instead of one
	 * per branch and entry, a smaller plan to start on every request
	 * (docs/performance.md).
	 */
	private static final String PAGE = """
			select e.kind, e.ref_id, e.occurred_at, e.subtype,
			       coalesce(e.actor_name, case when e.actor_named then actor.display_name end) as actor_name,
			       coalesce(e.subject_name, subject.display_name) as subject_name,
			       e.summary, e.restricted, e.peer, e.shared, e.total_rows
			from (select *, count(*) over () as total_rows from entries
			      order by occurred_at desc, kind, ref_id desc limit :limit offset :offset) e
			left join account actor on actor.id = e.actor_id
			left join account subject on subject.id = e.subject_id
			order by e.occurred_at desc, e.kind, e.ref_id desc
			""";

	/**
	 * The texts, made once: the batch finds a query it has seen by its text, and the same
	 * instance is not read again.
	 */
	private static final String PAGE_SQL = ENTRIES + PAGE;

	private static final String COUNT_SQL = ENTRIES + "select count(*) from entries";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	Timeline(JdbcClient jdbc, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/**
	 * The kinds of entry this reader may meet on this person's timeline (for the filter:
	 * nothing is offered that would always be empty for them).
	 */
	public Set<TimelineKind> kinds(KeyworkUser user, PersonRecord person) {
		Set<TimelineKind> kinds = EnumSet.of(TimelineKind.NOTE, TimelineKind.PLAN, TimelineKind.PERSON);
		if (!user.hasRole(Role.PEER)) {
			kinds.add(TimelineKind.KEYWORKER);
			kinds.add(TimelineKind.HOUSING);
			kinds.add(TimelineKind.MOVING_IN);
			kinds.add(TimelineKind.COMPLAINT);
		}
		if (this.policy.canReadOutcomes(user, person)) {
			kinds.add(TimelineKind.OUTCOME);
		}
		if (this.policy.worksByTeam(user)) {
			kinds.add(TimelineKind.INTENSITY);
			kinds.add(TimelineKind.BENEFIT);
		}
		if (this.policy.canEdit(user, person)) {
			kinds.add(TimelineKind.REFERRAL);
			kinds.add(TimelineKind.CALLOVER);
		}
		if (this.policy.peerScope(user, person).includes(PeerScope.NOTES)) {
			kinds.add(TimelineKind.PREFERENCES);
			kinds.add(TimelineKind.GROUP);
		}
		return kinds;
	}

	/**
	 * The page of the timeline, its query registered in {@code batch} (sent with the rest
	 * of the page): the rows with the total as a window count, one query; a separate
	 * count only for a page past the end.
	 * @param kind only this kind, or null for everything
	 */
	public Later<Page<TimelineEntry>> forPerson(KeyworkUser user, PersonRecord person, TimelineKind kind, int page,
			Batch batch) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		Set<TimelineKind> shown = kinds(user, person);
		if (kind != null) {
			shown.retainAll(EnumSet.of(kind));
		}
		Map<String, Object> params = parameters(user, person, shown);
		String sql = PAGE_SQL;
		RowMapper<Row> mapper = (rs, n) -> new Row(new TimelineEntry(TimelineKind.valueOf(rs.getString("kind")),
				rs.getLong("ref_id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("subtype"),
				rs.getString("actor_name"), rs.getString("subject_name"), rs.getString("summary"),
				rs.getBoolean("restricted"), rs.getBoolean("peer"), rs.getBoolean("shared")), rs.getLong("total_rows"));
		Batch.Query query = batch.sql(sql);
		params.forEach(query::param);
		Later<List<Row>> rows = query.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(mapper);
		return rows.map(list -> {
			long total;
			if (!list.isEmpty()) {
				total = list.get(0).total();
			}
			else if (request.getOffset() > 0) {
				total = this.jdbc.sql(COUNT_SQL).params(params).query(Long.class).single();
			}
			else {
				total = 0;
			}
			return new PageImpl<>(list.stream().map(Row::entry).toList(), request, total);
		});
	}

	/** A row of the timeline's page, with the number of entries on every page. */
	private record Row(TimelineEntry entry, long total) {
	}

	/** The reader's decisions, as parameters; {@code shown} are the kinds to include. */
	private Map<String, Object> parameters(KeyworkUser user, PersonRecord person, Set<TimelineKind> shown) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("person", person.getId());
		params.putAll(this.policy.noteRule(user, person).parameters());
		params.put("seesWithheld", this.policy.seesWithheld(user, person));
		params.put("allNames", !user.hasRole(Role.PEER));
		params.put("keyworker", person.getKeyworkerId() == null ? -1L : person.getKeyworkerId());
		params.put("recordKinds", recordKinds(user, person));
		params.put("kindNote", shown.contains(TimelineKind.NOTE));
		params.put("kindKeyworker", shown.contains(TimelineKind.KEYWORKER));
		params.put("kindPlan", shown.contains(TimelineKind.PLAN));
		params.put("kindPerson", shown.contains(TimelineKind.PERSON));
		params.put("kindOutcome", shown.contains(TimelineKind.OUTCOME));
		params.put("readsOutcomes", this.policy.canReadOutcomes(user, person));
		params.put("kindIntensity", shown.contains(TimelineKind.INTENSITY));
		params.put("kindReferral", shown.contains(TimelineKind.REFERRAL));
		params.put("kindPreferences", shown.contains(TimelineKind.PREFERENCES));
		params.put("kindCallover", shown.contains(TimelineKind.CALLOVER));
		params.put("kindGroup", shown.contains(TimelineKind.GROUP));
		params.put("kindHousing", shown.contains(TimelineKind.HOUSING));
		params.put("kindMovingIn", shown.contains(TimelineKind.MOVING_IN));
		params.put("kindBenefit", shown.contains(TimelineKind.BENEFIT));
		params.put("kindComplaint", shown.contains(TimelineKind.COMPLAINT));
		params.put("groupNotes", this.policy.worksByTeam(user));
		params.put("groupTeams", groupTeams(user));
		return params;
	}

	/**
	 * The teams whose group pages the reader may open (a session on the timeline links to
	 * its page only for them); never empty, for SQL's {@code in}.
	 */
	private List<Long> groupTeams(KeyworkUser user) {
		List<Long> teams = List.copyOf(this.policy.teamIds(user));
		return teams.isEmpty() ? List.of(-1L) : teams;
	}

	/**
	 * The support records whose entries the reader may meet: all three for staff; for a
	 * linked peer, what the link's scope allows (never the Safety &amp; Wellbeing Plan).
	 */
	private List<String> recordKinds(KeyworkUser user, PersonRecord person) {
		if (!user.hasRole(Role.PEER)) {
			return List.of("OVERVIEW", "SAFETY_PLAN", "ACTION_PLAN");
		}
		return this.policy.peerScope(user, person).includes(PeerScope.OVERVIEW) ? List.of("OVERVIEW", "ACTION_PLAN")
				: List.of("ACTION_PLAN");
	}

}
