package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.keywork.demo.GenerationPlan.Plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generated contact notes, their earlier versions and the access log
 * ({@link DataGenerator}), set-based in SQL from {@code gen_person}.
 */
@Component
class GeneratedNotes {

	private final JdbcClient jdbc;

	GeneratedNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes spread over each person's support, some corrected, restricted or withheld.
	 */
	int notes(Plan plan, Instant now) {
		return this.jdbc
			.sql("""
					insert into contact_note (service_user_id, author_id, contact_at, duration_minutes, type, location, note,
					  shared, withheld_reason, withheld_detail, restricted, restricted_reason, revision, created_at,
					  corrected_at, corrected_by, correction_reason, staff_only_detail, staff_only_reason)
					select p.id, p.author, c.at, 5 + x.h2 %% 85,
					       (array['HOME_VISIT', 'PHONE_CALL', 'HOME_VISIT', 'TEXT_MESSAGE', 'OFFICE_MEETING', 'OUTREACH',
					              'INFORMAL_ACTIVITY', 'ACCOMPANIED_APPOINTMENT', 'PHONE_CALL', 'ATTEMPTED_NO_ANSWER'])
					         [cast(1 + x.h2 / 100 %% 10 as integer)],
					       case when x.h2 / 100 %% 10 in (0, 2) then 'At home' end,
					       (array['Talked through the letter from the council and made a plan to ring them together.',
					              'Checked in by phone; things are steady this week and the gas is topped up.',
					              'Went with them to the GP surgery; they spoke for themselves and asked good questions.',
					              'Cooked together and talked about the budget for the fortnight.',
					              'Reviewed the goals on the action plan; two steps done, one moved to next month.',
					              'Met at the cafe; they talked about seeing their sister again and felt hopeful.',
					              'No answer at the door; left a card and sent a text to say we called.',
					              'Helped fill in the benefits form; the evidence is posted and copied.',
					              'Talked about cutting down; they want to try the group on Thursdays.',
					              'Sorted the repair request for the boiler with the landlord.',
					              'Walked to the library and signed up for the computer course.',
					              'A hard week; talked it through and agreed to speak again in two days.'])
					         [cast(1 + x.h3 / 100 %% 12 as integer)] || ' (generated)',
					       not (x.h3 %% 100 between 5 and 8),
					       case when x.h3 %% 100 between 5 and 8 then 'THIRD_PARTY' end,
					       case when x.h3 %% 100 between 5 and 8
					            then 'Names a family member who has not agreed to share (generated)' end,
					       x.h3 %% 100 between 2 and 4,
					       case when x.h3 %% 100 between 2 and 4 then 'Health information shared in confidence (generated)' end,
					       case when x.h3 %% 100 < 2 then 2 else 1 end,
					       least(c.at + interval '2 hours', cast(:now as timestamptz)),
					       case when x.h3 %% 100 < 2 then least(c.at + interval '1 day', cast(:now as timestamptz)) end,
					       case when x.h3 %% 100 < 2 then p.author end,
					       case when x.h3 %% 100 < 2 then 'Put the right date for the next visit (generated)' end,
					       case when x.h3 %% 100 = 9 then 'A neighbour was mentioned by name (generated)' end,
					       case when x.h3 %% 100 = 9 then 'THIRD_PARTY' end
					from (select g, hashint8extended(g, :seed) & %1$s as h1, hashint8extended(g, :seed + 1) & %1$s as h2,
					             hashint8extended(g, :seed + 2) & %1$s as h3
					      from generate_series(1, :notes) g) x
					join gen_person p on p.i = 1 + x.h1 %% :people
					cross join lateral (select date_trunc('minute', p.from_at
					    + (p.to_at - p.from_at) * ((x.h1 / 1000 %% 1000000)::float8 / 1000000)) as at) c
					"""
				.formatted(DataGenerator.MAX))
			.param("seed", plan.seed())
			.param("notes", plan.preset().notes)
			.param("people", plan.preset().people)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The first wording of each corrected note. */
	int versions() {
		return this.jdbc
			.sql("""
					insert into contact_note_version (contact_note_id, revision, recorded_at, recorded_by, correction_reason,
					  contact_at, duration_minutes, type, location, others_present, note, next_contact_on, shared,
					  withheld_reason, withheld_detail, restricted, restricted_reason, superseded_at, superseded_by,
					  staff_only_detail, staff_only_reason)
					select n.id, 1, n.created_at, n.author_id, null, n.contact_at, n.duration_minutes, n.type, n.location,
					       n.others_present, 'First wording: ' || n.note, n.next_contact_on, n.shared, n.withheld_reason,
					       n.withheld_detail, n.restricted, n.restricted_reason, n.corrected_at, n.corrected_by,
					       n.staff_only_detail, n.staff_only_reason
					from contact_note n join gen_person p on p.id = n.service_user_id
					where n.revision = 2
					""")
			.update();
	}

	/** Access-log rows spread over people's support, as their workers' reading. */
	int accessLog(Plan plan, long seed) {
		return this.jdbc
			.sql("""
					insert into access_log (account_id, role, team_id, service_user_id, page, occurred_at)
					select p.author, p.author_role, p.team_id, p.id,
					       (array['/service-users/{id}', '/service-users/{id}/contact-notes', '/service-users/{id}/action-plan',
					              '/service-users/{id}/overview', '/service-users/{id}/safety-plan', '/service-users/{id}/timeline',
					              '/service-users/{id}/outcomes', '/service-users/{id}/accommodation'])[cast(1 + x.h2 %% 8 as integer)],
					       date_trunc('second', p.from_at + (p.to_at - p.from_at) * ((x.h2 / 8 %% 1000000)::float8 / 1000000))
					from (select g, hashint8extended(g, :seed + 10) & %1$s as h1, hashint8extended(g, :seed + 11) & %1$s as h2
					      from generate_series(1, :rows) g) x
					join gen_person p on p.i = 1 + x.h1 %% :people
					"""
				.formatted(DataGenerator.MAX))
			.param("seed", seed)
			.param("rows", plan.preset().accessLog)
			.param("people", plan.preset().people)
			.update();
	}

}
