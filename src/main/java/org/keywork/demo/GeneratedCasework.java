package org.keywork.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The casework {@link DataGenerator} hangs off the generated people after their records:
 * consent to share and referrals to other agencies, how each person likes to be
 * supported, cycle-of-change issues and their stages, the person's own comments on their
 * plans (from their portal account), crisis step-ups, rent-arrears early warnings and the
 * team callover's meetings and decisions. Without these the generated person page and
 * caseload read nearly empty tables, and cost less than a real person's would. Like
 * {@link GeneratedRecords}, each method is one set-based statement over
 * {@code gen_person}, and a person's number ({@code i}) decides who has what, so the same
 * seed gives the same rows.
 */
@Component
class GeneratedCasework {

	private final JdbcClient jdbc;

	GeneratedCasework(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- consent and referrals ---

	/**
	 * For three active people in five, consent to share with one of the active agencies,
	 * given a week after support began; one consent in twenty since withdrawn.
	 */
	int consents(LocalDate today) {
		return this.jdbc.sql("""
				with ag as (select array_agg(id order by id) as ids from agency where active)
				insert into share_consent (service_user_id, agency_id, what, given_on, given_how, withdrawn_on,
				  withdrawn_by, created_at, created_by)
				select p.id, ag.ids[1 + p.i % cardinality(ag.ids)],
				       'Why I was referred and how I am getting on (generated)', p.from_day + 7,
				       (array['VERBAL', 'WRITTEN'])[1 + p.i % 2],
				       case when p.i % 20 = 10 and p.from_day + 200 <= cast(:today as date) then p.from_day + 200 end,
				       case when p.i % 20 = 10 and p.from_day + 200 <= cast(:today as date) then p.author end,
				       cast(p.from_day + 7 as timestamp) at time zone 'UTC' + interval '10 hours', p.author
				from gen_person p cross join ag
				where p.status = 'ACTIVE' and p.i % 5 < 3 and cardinality(ag.ids) > 0
				  and p.from_day + 7 <= cast(:today as date)
				order by p.i
				""").param("today", Date.valueOf(today)).update();
	}

	/**
	 * For half the active people, one to three referrals to agencies a month apart, at
	 * every stage from made to ended; one person in fifty has one withheld from them.
	 */
	int referrals(LocalDate today) {
		return this.jdbc.sql("""
				with ag as (select array_agg(id order by id) as ids from agency where active)
				insert into referral (service_user_id, agency_id, service_id, reason, referred_on, shares_information,
				  status, outcome, outcome_good, withheld, withheld_reason, withheld_detail, created_at, created_by)
				select p.id, a.agency_id,
				       (select s.id from agency_service s where s.agency_id = a.agency_id and s.active
				        order by s.position, s.id limit 1),
				       (array['Wants help to cut down (generated)', 'Registering with a GP (generated)',
				              'Debts and a benefits check (generated)', 'Looking for a course to start (generated)',
				              'Low mood since the move (generated)'])[1 + (p.i + k) % 5],
				       d.referred_on, p.i % 5 < 3, st.status,
				       case st.status when 'ENDED' then 'Went to every session they booked (generated)'
				                      when 'DECLINED' then 'Not the right service for now (generated)' end,
				       case st.status when 'ENDED' then true when 'DECLINED' then false end,
				       p.i % 50 = 8 and k = 1, case when p.i % 50 = 8 and k = 1 then 'THIRD_PARTY' end,
				       case when p.i % 50 = 8 and k = 1 then 'The referral names a family member (generated)' end,
				       cast(d.referred_on as timestamp) at time zone 'UTC' + interval '11 hours', p.author
				from gen_person p cross join ag
				cross join lateral generate_series(1, 1 + p.i % 3) k
				cross join lateral (select ag.ids[1 + (p.i + k) % cardinality(ag.ids)] as agency_id) a
				cross join lateral (select p.from_day + 30 * k as referred_on) d
				cross join lateral (select (array['MADE', 'ACCEPTED', 'WAITING', 'ATTENDING', 'ENDED', 'DECLINED'])
				                             [1 + (p.i / 2 + k) % 6] as status) st
				where p.status = 'ACTIVE' and p.i % 2 = 0 and cardinality(ag.ids) > 0
				  and d.referred_on <= cast(:today as date)
				order by p.i, k
				""").param("today", Date.valueOf(today)).update();
	}

	// --- engagement preferences ---

	/** How half the active people like to be supported, agreed a fortnight in. */
	int preferences() {
		return this.jdbc
			.sql("""
					insert into engagement_preference (service_user_id, meet_at, best_times, style, paperwork, group_work,
					  peers_volunteers, other, changed_at, changed_by)
					select p.id, (array['HOME', 'CAFE,OUTDOORS', 'PHONE', 'OFFICE,PHONE', 'HOME,VIDEO'])[1 + p.i % 5],
					       (array['Mornings, before the school run (generated)', 'After 11am; a text the day before (generated)',
					              'Weekday afternoons (generated)'])[1 + p.i % 3],
					       (array['INFORMAL', 'FORMAL', 'NO_PREFERENCE'])[1 + p.i % 3],
					       (array['AS_LITTLE_AS_POSSIBLE', 'HAPPY_WITH_IT', 'NO_PREFERENCE'])[1 + p.i / 3 % 3],
					       (array['ONE_TO_ONE', 'GROUP', 'EITHER'])[1 + p.i / 9 % 3],
					       (array['WELCOME', 'STAFF_ONLY', 'NO_PREFERENCE'])[1 + p.i / 27 % 3],
					       case when p.i % 4 = 1 then 'Please face me when you speak (generated)' end,
					       p.from_at + interval '14 days', p.author
					from gen_person p where p.status = 'ACTIVE' and p.i % 2 = 1 order by p.i
					""")
			.update();
	}

	/** The history line of each generated preference (who agreed it, when). */
	int preferenceChanges() {
		return this.jdbc.sql("""
				insert into engagement_preference_change (service_user_id, changed_at, changed_by)
				select e.service_user_id, e.changed_at, e.changed_by
				from engagement_preference e join gen_person p on p.id = e.service_user_id order by p.i
				""").update();
	}

	// --- cycle of change ---

	/**
	 * For a third of the active people, one or two issues they want to work on, named a
	 * month apart; one person in fifty has their first withheld from them.
	 */
	int cycleIssues(LocalDate today) {
		return this.jdbc.sql("""
				insert into cycle_issue (service_user_id, name, withheld, withheld_reason, withheld_detail, created_at,
				  created_by)
				select p.id, (array['drinking', 'paying the rent', 'going out more', 'cutting down on gambling',
				                    'getting back in touch with family', 'smoking'])[1 + (p.i / 3 + k) % 6],
				       p.i % 50 = 9 and k = 1, case when p.i % 50 = 9 and k = 1 then 'THIRD_PARTY' end,
				       case when p.i % 50 = 9 and k = 1 then 'Talks about a partner''s drinking too (generated)' end,
				       p.from_at + k * interval '30 days', p.author
				from gen_person p cross join lateral generate_series(1, 1 + p.i % 2) k
				where p.status = 'ACTIVE' and p.i % 3 = 1 and p.from_day + 30 * k <= cast(:today as date)
				order by p.i, k
				""").param("today", Date.valueOf(today)).update();
	}

	/**
	 * Two to five stages of each issue, forty days apart, in the person's words, none in
	 * the future.
	 */
	int cycleStages(LocalDate today) {
		return this.jdbc
			.sql("""
					insert into cycle_stage (issue_id, stage, stage_on, their_words, recorded_at, recorded_by)
					select c.id, (array['PRE_CONTEMPLATION', 'CONTEMPLATION', 'PREPARATION', 'ACTION', 'CONSOLIDATION'])[s],
					       d.stage_on,
					       (array['It''s not a problem, really (generated)', 'Maybe I''d like to think about it (generated)',
					              'I want to start before my sister''s birthday (generated)',
					              'Two weeks now, and it''s going well (generated)',
					              'It''s part of how I live now (generated)'])[s],
					       cast(d.stage_on as timestamp) at time zone 'UTC' + interval '13 hours', c.created_by
					from cycle_issue c join gen_person p on p.id = c.service_user_id
					cross join lateral generate_series(1, 2 + (p.i + (cast(c.created_at as date) - p.from_day) / 30) % 4) s
					cross join lateral (select cast(c.created_at as date) + 40 * (s - 1) as stage_on) d
					where d.stage_on <= cast(:today as date)
					order by c.id, s
					""")
			.param("today", Date.valueOf(today))
			.update();
	}

	// --- the person's own words ---

	/**
	 * One to three comments on their plans from each person with a portal account, the
	 * latest within the last two months.
	 */
	int recordComments(Instant now) {
		return this.jdbc.sql("""
				insert into record_comment (service_user_id, kind, text, author_account_id, created_at)
				select p.id, (array['ACTION_PLAN', 'OVERVIEW', 'SAFETY_PLAN'])[k],
				       (array['I like that the steps are small. It makes it feel doable. (generated)',
				              'This is right, but I would add my sister to who helps me. (generated)',
				              'Please ring before you visit, not just knock. (generated)'])[k],
				       a.id, cast(:now as timestamptz) - (p.i % 60 + 20 * (k - 1)) * interval '1 day'
				from gen_person p join account a on a.service_user_id = p.id and a.role = 'SERVICE_USER'
				cross join lateral generate_series(1, 1 + p.i % 3) k
				where p.status = 'ACTIVE'
				  and cast(:now as timestamptz) - (p.i % 60 + 20 * (k - 1)) * interval '1 day' > p.from_at
				order by p.i, k
				""").param("now", Timestamp.from(now)).update();
	}

	// --- crisis step-ups ---

	/**
	 * A crisis step-up going on now for one active person in fifty, and one that ended
	 * for another one in fifty.
	 */
	int crises(LocalDate today, Instant now) {
		return this.jdbc
			.sql("""
					insert into intensity_crisis (service_user_id, reason, starts_on, ends_on, started_at, started_by,
					  ended_on, ended_at, ended_by, end_reason)
					select p.id, (array['Notice to quit from the landlord; worried about losing the flat (generated)',
					                    'A hard time since a bereavement (generated)'])[1 + p.i / 50 % 2],
					       d.starts_on, d.starts_on + 14,
					       least(cast(d.starts_on as timestamp) at time zone 'UTC' + interval '10 hours', cast(:now as timestamptz)),
					       p.author,
					       case when p.i % 50 = 15 then d.starts_on + 10 end,
					       case when p.i % 50 = 15 then cast(d.starts_on + 10 as timestamp) at time zone 'UTC'
					                                   + interval '16 hours' end,
					       case when p.i % 50 = 15 then p.author end,
					       case when p.i % 50 = 15 then 'Things settled; back to the usual level (generated)' end
					from gen_person p
					cross join lateral (select case when p.i % 50 = 5 then cast(:today as date) - p.i % 7
					                                else p.from_day + 100 end as starts_on) d
					where p.status = 'ACTIVE' and p.i % 50 in (5, 15) and p.from_day + 120 <= cast(:today as date)
					order by p.i
					""")
			.param("today", Date.valueOf(today))
			.param("now", Timestamp.from(now))
			.update();
	}

	// --- early warnings of rent arrears ---

	/** An open early warning for one tenant in five of those with a generated tenancy. */
	int earlyWarnings(Instant now) {
		return this.jdbc.sql("""
				insert into early_warning (service_user_id, opened_at, opened_by)
				select p.id, cast(:now as timestamptz) - (1 + p.i % 20) * interval '1 day', p.author
				from gen_person p
				where p.status = 'ACTIVE' and p.i % 25 = 7
				  and exists (select 1 from accommodation_episode e join tenancy t on t.episode_id = e.id
				              where e.service_user_id = p.id and e.ended_on is null)
				order by p.i
				""").param("now", Timestamp.from(now)).update();
	}

	/** The five steps of each warning, the first few done. */
	int earlyWarningSteps() {
		return this.jdbc.sql("""
				insert into early_warning_step (warning_id, step, done, done_on, who, recorded_at, recorded_by)
				select w.id, (array['TALK', 'CHECK_BENEFITS', 'REPAYMENT_PLAN', 'LANDLORD', 'AUTOMATED_PAYMENT'])[s],
				       s <= p.i % 4, case when s <= p.i % 4 then cast(w.opened_at as date) + s end,
				       case when s <= p.i % 4 then 'Keyworker, with the person (generated)' end,
				       case when s <= p.i % 4 then w.opened_at + s * interval '1 day' end,
				       case when s <= p.i % 4 then w.opened_by end
				from early_warning w join gen_person p on p.id = w.service_user_id
				cross join generate_series(1, 5) s
				order by w.id, s
				""").update();
	}

	// --- the team callover ---

	/** A callover meeting every week for the last eight weeks in each generated team. */
	int calloverMeetings(LocalDate today) {
		return this.jdbc.sql("""
				insert into callover_meeting (team_id, held_on, chaired_by, created_at)
				select m.team_id, cast(:today as date) - 7 * w, m.manager_id,
				       cast(cast(:today as date) - 7 * w as timestamp) at time zone 'UTC' + interval '10 hours'
				from (select team_id, min(manager_id) as manager_id from gen_person group by team_id) m
				cross join generate_series(1, 8) w
				order by m.team_id, w
				""").param("today", Date.valueOf(today)).update();
	}

	/**
	 * About one person in forty of the team discussed at each meeting, with a follow-up a
	 * week later for their keyworker, done for the meetings before the last two.
	 */
	int calloverDecisions(LocalDate today) {
		return this.jdbc
			.sql("""
					insert into callover_decision (meeting_id, service_user_id, discussed, agreed, follow_up_by, follow_up_due,
					  done_at, done_by, done_note, recorded_at, recorded_by)
					select m.id, p.id,
					       (array['Rent arrears letter from the landlord (generated)',
					              'Missed the last two visits; worried about their health (generated)',
					              'Asked for help with a bus pass for hospital appointments (generated)'])[1 + p.i % 3],
					       (array['Phone the landlord about a payment plan (generated)',
					              'Visit with a colleague this week (generated)',
					              'Send the bus pass form with them (generated)'])[1 + p.i % 3],
					       coalesce(p.keyworker_id, m.chaired_by), m.held_on + 7,
					       case when m.held_on < cast(:today as date) - 14
					            then cast(m.held_on + 5 as timestamp) at time zone 'UTC' + interval '15 hours' end,
					       case when m.held_on < cast(:today as date) - 14 then coalesce(p.keyworker_id, m.chaired_by) end,
					       case when m.held_on < cast(:today as date) - 14 then 'Done, and noted on the file (generated)' end,
					       cast(m.held_on as timestamp) at time zone 'UTC' + interval '11 hours', m.chaired_by
					from callover_meeting m
					join gen_person p on p.team_id = m.team_id and p.status in ('ACTIVE', 'REFERRED')
					where (p.i + (cast(:today as date) - m.held_on) / 7) % 40 = 0 and p.from_day <= m.held_on
					order by m.id, p.i
					""")
			.param("today", Date.valueOf(today))
			.update();
	}

}
