package org.keywork.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows {@link CanaryPlanting} writes, one method per kind of record (a contact note
 * and its versions, a support record and its history events, a referral, a reading, a
 * complaint, ...): plain SQL into each capability's own tables, so that what is planted
 * looks to every page exactly as the capability's own writes would.
 */
final class CanaryRows {

	private final JdbcClient jdbc;

	CanaryRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A note (the newest first: {@code order} minutes ago); {@code revision} 2 means it
	 * was corrected once.
	 */
	long note(long person, long author, int order, String text, boolean shared, String withheldDetail,
			boolean restricted, String restrictedReason, String staffOnlyDetail, int revision) {
		return this.jdbc.sql("""
				insert into contact_note (service_user_id, author_id, contact_at, duration_minutes, type, note, shared,
				  withheld_reason, withheld_detail, restricted, restricted_reason, staff_only_detail, staff_only_reason,
				  revision, created_at, corrected_at, corrected_by, correction_reason)
				values (:person, :author, now() - make_interval(mins => :order), 30, 'HOME_VISIT', :text, :shared,
				  case when :shared then null else 'OTHER' end, cast(:withheldDetail as varchar), :restricted,
				  cast(:restrictedReason as varchar), cast(:staffOnly as text),
				  case when cast(:staffOnly as text) is null then null else 'THIRD_PARTY' end,
				  :revision, now() - make_interval(mins => :order),
				  case when :revision > 1 then now() end, case when :revision > 1 then :author end,
				  case when :revision > 1 then 'Corrected after checking with the person.' end)
				returning id
				""")
			.param("person", person)
			.param("author", author)
			.param("order", order)
			.param("text", text)
			.param("shared", shared)
			.param("withheldDetail", withheldDetail)
			.param("restricted", restricted)
			.param("restrictedReason", restrictedReason)
			.param("staffOnly", staffOnlyDetail)
			.param("revision", revision)
			.query(Long.class)
			.single();
	}

	/** Revision 1 of a corrected note, as it was written. */
	void noteVersion(long note, long author, String text, boolean shared, String withheldDetail, boolean restricted,
			String restrictedReason, String staffOnlyDetail) {
		this.jdbc.sql("""
				insert into contact_note_version (contact_note_id, revision, recorded_at, recorded_by, contact_at,
				  duration_minutes, type, note, shared, withheld_reason, withheld_detail, restricted, restricted_reason,
				  staff_only_detail, staff_only_reason, superseded_at, superseded_by)
				select n.id, 1, n.created_at, :author, n.contact_at, 30, 'HOME_VISIT', :text, :shared,
				  case when :shared then null else 'THIRD_PARTY' end, cast(:withheldDetail as varchar), :restricted,
				  cast(:restrictedReason as varchar), cast(:staffOnly as text),
				  case when cast(:staffOnly as text) is null then null else 'THIRD_PARTY' end, now(), :author
				from contact_note n where n.id = :note
				""")
			.param("note", note)
			.param("author", author)
			.param("text", text)
			.param("shared", shared)
			.param("withheldDetail", withheldDetail)
			.param("restricted", restricted)
			.param("restrictedReason", restrictedReason)
			.param("staffOnly", staffOnlyDetail)
			.update();
	}

	/**
	 * A SWEMWBS reading taken today with this raw total; withheld with these words unless
	 * null.
	 */
	void referral(long person, long by, String reason, String withheldDetail) {
		long id = this.jdbc.sql("""
				insert into referral (service_user_id, agency_id, reason, referred_on, shares_information, status,
				  withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (?, (select min(id) from agency), ?, current_date, false, 'MADE', ?, ?, ?, now(), ?) returning id
				""")
			.params(person, reason, withheldDetail != null, withheldDetail != null ? "THIRD_PARTY" : null,
					withheldDetail, by)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into referral_status_change (referral_id, status, changed_on, note, created_by)
				values (?, 'MADE', current_date, ?, ?)
				""").params(id, withheldDetail, by).update();
	}

	/**
	 * A session today of the demo group, its note a canary, that Jamie came to with
	 * another person of the team no peer is linked to, whose names become a canary.
	 */
	void groupSession(long jamie) {
		long other = id("""
				select s.id from service_user s where s.team_id = (select team_id from service_user where id = %d)
				  and s.id <> %d and not exists (select 1 from peer_link l where l.service_user_id = s.id)
				order by s.id limit 1""".formatted(jamie, jamie));
		this.jdbc.sql("update service_user set legal_name = ?, preferred_name = ? where id = ?")
			.params(Canary.GROUP_OTHER_ATTENDEE.text() + " Legal", Canary.GROUP_OTHER_ATTENDEE.text(), other)
			.update();
		long session = this.jdbc.sql("""
				insert into group_session (group_id, starts_at, place, note, created_by)
				select id, now(), 'The community kitchen', ?, created_by from support_group
				where title = 'Cooking on a budget (demo)' returning id
				""").param(Canary.GROUP_SESSION_NOTE.text() + " Everyone cooked together.").query(Long.class).single();
		for (long person : new long[] { jamie, other }) {
			this.jdbc
				.sql("insert into group_attendance (session_id, service_user_id, status) values (?, ?, 'ATTENDED')")
				.params(session, person)
				.update();
		}
	}

	long wellbeingReading(long person, long by, int raw, String withheldDetail) {
		return this.jdbc.sql("""
				insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total, score,
				  withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (?, 'SWEMWBS', current_date, 'WORKER', ?, ?, ?, ?, ?, now(), ?) returning id
				""")
			.params(person, raw, org.keywork.wellbeing.WellbeingScoring.swemwbsMetric(raw), withheldDetail != null,
					withheldDetail != null ? "OTHER" : null, withheldDetail, by)
			.query(Long.class)
			.single();
	}

	int latestVersion(long person, String kind) {
		return this.jdbc
			.sql("select coalesce(max(version_number), 0) from support_record where service_user_id = ? "
					+ "and kind = ?")
			.params(person, kind)
			.query(Integer.class)
			.single();
	}

	/** SQL for the content of one version (null if there is none). */
	static String content(long person, String kind, int number) {
		return "(select content from support_record where service_user_id = %d and kind = '%s' and version_number = %d)"
			.formatted(person, kind, number);
	}

	/**
	 * A new agreed version whose content is the SQL expression {@code content}; withheld
	 * with a detail if asked.
	 */
	long record(long person, String kind, int number, String content, Map<String, ?> params, boolean withheld,
			String withheldDetail, long by) {
		return this.jdbc.sql("""
				insert into support_record (service_user_id, kind, version_number, status, content, agreed_on,
				  review_due, withheld, withheld_reason, withheld_detail, created_by, updated_by)
				values (:person, :kind, :number, 'AGREED', %s, current_date, current_date + 90, :withheld,
				  case when :withheld then 'THIRD_PARTY' end, cast(:withheldDetail as varchar), :by, :by)
				returning id
				""".formatted(content))
			.param("person", person)
			.param("kind", kind)
			.param("number", number)
			.param("withheld", withheld)
			.param("withheldDetail", withheldDetail)
			.param("by", by)
			.params(params)
			.query(Long.class)
			.single();
	}

	void event(long person, long record, String kind, String action, String itemId, List<String> args, long by) {
		String json = args.stream().map(arg -> "\"" + arg + "\"").collect(Collectors.joining(",", "[", "]"));
		this.jdbc.sql("""
				insert into support_record_event (service_user_id, record_id, kind, action, item_id, args, lock_version,
				  occurred_at, account_id)
				values (?, ?, ?, ?, ?, cast(? as jsonb), (select version from support_record where id = ?), now(), ?)
				""").params(person, record, kind, action, itemId, json, record, by).update();
	}

	/**
	 * An accommodation episode: the current one (since ten days ago) when there is no
	 * reason for leaving, else one that ended 300 days ago.
	 */
	void episode(long person, long by, String address, String leaving, boolean withheld) {
		this.jdbc.sql("""
				insert into accommodation_episode (service_user_id, form, address, started_on, ended_on,
				  reason_for_leaving, withheld, withheld_reason, created_by)
				values (?, 'HOSTEL', ?, current_date - ?, case when ? then current_date - 300 end, ?, ?, ?, ?)
				""")
			.params(person, address, leaving == null ? 10 : 400, leaving != null, leaving, withheld,
					withheld ? "SERIOUS_HARM" : null, by)
			.update();
	}

	/**
	 * An item with a note, added to the person's latest moving-in checklist (started if
	 * none).
	 */
	void movingInItem(long person, long by, String note) {
		Long checklist = this.jdbc.sql("select max(id) from moving_in_checklist where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
		if (checklist == null) {
			checklist = this.jdbc.sql("""
					insert into moving_in_checklist (service_user_id, started_on, started_at, started_by)
					values (?, current_date, now(), ?) returning id
					""").params(person, by).query(Long.class).single();
		}
		this.jdbc
			.sql("""
					insert into moving_in_item (checklist_id, service_user_id, position, label, note, created_at, created_by)
					values (?, ?, 1000, 'Canary item', ?, now(), ?)
					""")
			.params(checklist, person, note, by)
			.update();
	}

	/** A welfare benefit with its status since a week ago. */
	void benefit(long person, long by, String type, String otherName, String status, String notes, boolean withheld) {
		long id = this.jdbc
			.sql("""
					insert into welfare_benefit (service_user_id, benefit, other_name, status, status_since, notes, withheld,
					  withheld_reason, created_by)
					values (?, ?, ?, ?, current_date - 7, ?, ?, ?, ?) returning id
					""")
			.params(person, type, otherName, status, notes, withheld, withheld ? "THIRD_PARTY" : null, by)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into welfare_benefit_status (benefit_id, status, status_since, recorded_by)
				values (?, ?, current_date - 7, ?)
				""").params(id, status, by).update();
	}

	long complaint(long person, long by, String said, String thirdParty, boolean withheld) {
		return this.jdbc.sql("""
				insert into complaint (service_user_id, kind, source, received_at, what_was_said, third_party_name,
				  response_due_at, withheld, withheld_reason, created_by)
				values (?, 'COMPLAINT', 'NEIGHBOUR', now() - interval '1 day', ?, ?, now() + interval '1 day', ?, ?, ?)
				returning id
				""")
			.params(person, said, thirdParty, withheld, withheld ? "THIRD_PARTY" : null, by)
			.query(Long.class)
			.single();
	}

	/** A Cycle of Change issue at contemplation since a week ago. */
	void calloverDecision(long person, String agreed) {
		long manager = id("select id from account where username = 'manager'");
		long meeting = this.jdbc.sql("""
				insert into callover_meeting (team_id, held_on, chaired_by)
				select team_id, current_date - 4000, ? from service_user where id = ? returning id
				""").params(manager, person).query(Long.class).single();
		this.jdbc.sql("""
				insert into callover_decision (meeting_id, service_user_id, discussed, agreed, recorded_by)
				values (?, ?, 'How Jamie has been sleeping.', ?, ?)
				""").params(meeting, person, agreed, manager).update();
	}

	void appointment(long person, String purpose, boolean withheld, long by) {
		this.jdbc
			.sql("""
					insert into appointment (service_user_id, starts_on, starts_at, place, purpose, withheld, withheld_reason,
					  created_by)
					values (?, current_date + 2, '10:00', ?, ?, ?, ?, ?)
					""")
			.params(person, withheld ? purpose : "The office", purpose, withheld, withheld ? "THIRD_PARTY" : null, by)
			.update();
	}

	void cycleIssue(long person, String name, boolean withheld, String detail, String words, long by) {
		long issue = this.jdbc.sql("""
				insert into cycle_issue (service_user_id, name, withheld, withheld_reason, withheld_detail, created_by)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person, name, withheld, withheld ? "THIRD_PARTY" : null, detail, by)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into cycle_stage (issue_id, stage, stage_on, their_words, recorded_by)
				values (?, 'CONTEMPLATION', current_date - 7, ?, ?)
				""").params(issue, words, by).update();
	}

	/** A factor as JSON (canary texts need no escaping). */
	static String factor(String id, String category, String description, boolean withheld, String reason,
			String detail) {
		return """
				{"id":"%s","category":"%s","description":"%s","personWillDo":"Talk to Sam.","withheld":%s,\
				"withheldReason":%s,"withheldDetail":%s}""".formatted(id, category, description, withheld,
				reason == null ? "null" : "\"" + reason + "\"", detail == null ? "null" : "\"" + detail + "\"");
	}

	long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/** What was planted; the link canaries depend on the ids of the notes. */
	/**
	 * A star reading of the default measure taken today, with the canary as the note on
	 * its first area; withheld with {@link Canary#STAR_WITHHELD_REASON} as its detail.
	 */
	long starReading(long person, long worker, boolean withheld, Canary note) {
		long reading = this.jdbc.sql("""
				insert into star_reading (service_user_id, measure_id, taken_on, withheld, withheld_reason,
				  withheld_detail, recorded_by)
				select ?, id, current_date, ?, ?, ?, ? from star_measure where is_default returning id
				""")
			.params(person, withheld, withheld ? "OTHER" : null,
					withheld ? Canary.STAR_WITHHELD_REASON.text() + " Told us in confidence." : null, worker)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into star_score (reading_id, area_id, score, note)
				select ?, a.id, 5, case when a.position = 10 then cast(? as varchar) end
				from star_area a join star_measure m on m.id = a.measure_id where m.is_default
				""").params(reading, note.text() + " Settled in the flat.").update();
		return reading;
	}

}
