package org.keywork.performance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each person on a {@link Casework} caseload has of every capability, {@code size}
 * of each: support-record versions with their history, comments and achievements of their
 * own, cycle-of-change stages, support levels, star and wellbeing readings, appointments,
 * consents, preferences, accommodation, a moving-in checklist, benefits, complaints and
 * rent. Inserted as the application stores them, support-record content written by the
 * application's own content classes.
 */
final class PersonRecords {

	private final JdbcClient jdbc;

	private final int size;

	/** The keyworker, who records everything here. */
	private final String worker;

	private final PersonPlans plans;

	PersonRecords(JdbcClient jdbc, JsonMapper json, int size, String worker) {
		this.jdbc = jdbc;
		this.size = size;
		this.worker = worker;
		this.plans = new PersonPlans(jdbc, json, size, worker, this::id);
	}

	/**
	 * Everything of every capability for this person, whose portal account is
	 * {@code own}.
	 */
	void of(long person, String own) {
		this.plans.of(person, own);
		cycleOfChange(person);
		intensity(person);
		starReadings(person);
		wellbeing(person, own);
		appointments(person, own);
		consents(person);
		preferences(person, own);
		accommodation(person);
		movingIn(person, own);
		benefits(person);
		complaints(person);
		rent(person);
	}

	long id(String username) {
		return this.jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	/**
	 * Consents to share, {@code size} of them, with an agency or someone named; some
	 * expired, some withdrawn.
	 */
	private void consents(long person) {
		for (int i = 1; i <= this.size; i++) {
			this.jdbc
				.sql("""
						insert into share_consent (service_user_id, agency_id, other_party, what, record_kinds, given_on,
						  expires_on, given_how, withdrawn_on)
						values (?, (select min(id) from agency where ? % 2 = 0), case when ? % 2 = 0 then null else 'A friend' end,
						  'Contact details', 'PERSONAL_DETAILS', current_date - ?, current_date + ?, 'VERBAL',
						  case when ? % 3 = 0 then current_date else null end)
						""")
				.params(person, i, i, 100 + i, 20 - i * 3, i)
				.update();
			long referral = this.jdbc.sql("""
					insert into referral (service_user_id, agency_id, reason, referred_on, shares_information, status,
					  withheld, withheld_reason)
					values (?, (select min(id) from agency), 'Help', current_date - ?, false, 'ATTENDING', ?, ?)
					returning id
					""").params(person, i, i % 2 == 0, i % 2 == 0 ? "OTHER" : null).query(Long.class).single();
			this.jdbc.sql("insert into referral_life_area (referral_id, life_area_code) values (?, 'MONEY')")
				.param(referral)
				.update();
			this.jdbc
				.sql("""
						insert into referral_status_change (referral_id, status, changed_on) values (?, 'MADE', current_date),
						  (?, 'ATTENDING', current_date)
						""")
				.params(referral, referral)
				.update();
		}
	}

	/**
	 * Wellbeing readings of both scales, {@code size} of each, every other one withheld;
	 * the person's own account completed some.
	 */
	private void wellbeing(long person, String personAccount) {
		for (int i = 1; i <= this.size; i++) {
			for (String scale : List.of("SWEMWBS", "WEMWBS")) {
				int raw = scale.equals("SWEMWBS") ? 20 + i % 10 : 40 + i % 20;
				boolean withheld = i % 2 == 0;
				this.jdbc.sql("""
						insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total,
						  score, withheld, withheld_reason, created_at, created_by)
						values (?, ?, current_date - ?, ?, ?, ?, ?, ?, now(), ?)
						""")
					.params(person, scale, i * 30, i % 3 == 0 ? "PERSON" : "WORKER", raw,
							org.keywork.wellbeing.WellbeingScoring.score(org.keywork.wellbeing.Scale.valueOf(scale),
									raw),
							withheld, withheld ? "THIRD_PARTY" : null, id(i % 3 == 0 ? personAccount : this.worker))
					.update();
			}
		}
	}

	/**
	 * {@code size} Cycle of Change issues (the last withheld), each with {@code size}
	 * stages.
	 */
	private void cycleOfChange(long person) {
		String[] stages = { "PRE_CONTEMPLATION", "CONTEMPLATION", "PREPARATION", "ACTION", "LAPSE" };
		for (int i = 1; i <= this.size; i++) {
			long issue = this.jdbc.sql("""
					insert into cycle_issue (service_user_id, name, withheld, withheld_reason, created_by)
					values (?, ?, ?, ?, ?) returning id
					""")
				.params(person, "issue " + i, i == this.size && i > 1, i == this.size && i > 1 ? "THIRD_PARTY" : null,
						id(this.worker))
				.query(Long.class)
				.single();
			for (int j = 1; j <= this.size; j++) {
				this.jdbc.sql("""
						insert into cycle_stage (issue_id, stage, stage_on, their_words, recorded_by)
						values (?, ?, current_date - ?, 'In my words', ?)
						""").params(issue, stages[j % stages.length], 100 - j, id(this.worker)).update();
			}
		}
	}

	/**
	 * Engagement preferences naming {@code size} places to meet (at most six), changed
	 * {@code size} times, every other time by the person.
	 */
	private void preferences(long person, String personAccount) {
		String[] places = { "HOME", "CAFE", "OFFICE", "OUTDOORS", "PHONE", "VIDEO" };
		String meetAt = String.join(",", java.util.Arrays.copyOf(places, Math.min(this.size, places.length)));
		this.jdbc.sql("""
				insert into engagement_preference (service_user_id, meet_at, best_times, style, group_work, changed_at,
				  changed_by)
				values (?, ?, 'Mornings', 'INFORMAL', 'EITHER', now(), ?)
				""").params(person, meetAt, id(this.worker)).update();
		for (int i = 1; i <= this.size; i++) {
			this.jdbc.sql("""
					insert into engagement_preference_change (service_user_id, changed_at, changed_by)
					values (?, now() - make_interval(days => ?), ?)
					""").params(person, i, id(i % 2 == 0 ? personAccount : this.worker)).update();
		}
	}

	/**
	 * {@code size} changes of support level and {@code size} crisis step-ups (all ended
	 * but the last, still in force).
	 */
	private void intensity(long person) {
		String[] levels = { "INTENSIVE", "STANDARD", "LIGHT", "MOVING_ON" };
		for (int i = 1; i <= this.size; i++) {
			this.jdbc.sql("""
					insert into intensity_change (service_user_id, level, reason, changed_at, changed_by)
					values (?, ?, 'Reason', now() - make_interval(days => ?), ?)
					""").params(person, levels[i % levels.length], 200 - i, id(this.worker)).update();
			boolean last = i == this.size;
			this.jdbc.sql("""
					insert into intensity_crisis (service_user_id, reason, starts_on, ends_on, started_at, started_by,
					  ended_on, ended_at, ended_by, end_reason)
					values (?, 'Crisis', current_date - ?, current_date + 5, now() - make_interval(days => ?), ?,
					  ?, ?, ?, ?)
					""")
				.params(person, 100 - i, 100 - i, id(this.worker),
						last ? null : java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(99 - i)),
						last ? null
								: java.sql.Timestamp
									.from(java.time.Instant.now().minus(java.time.Duration.ofDays(99 - i))),
						last ? null : id(this.worker), last ? null : "Better")
				.update();
		}
	}

	/**
	 * {@code size} accommodation episodes, one after the other (every other one
	 * withheld), the last one current.
	 */
	private void accommodation(long person) {
		for (int i = 1; i <= this.size; i++) {
			this.jdbc
				.sql("""
						insert into accommodation_episode (service_user_id, form, address, started_on, ended_on,
						  reason_for_leaving, withheld, withheld_reason, created_by)
						values (?, 'HOSTEL', 'A hostel', current_date - 100 * ?, case when ? then current_date - 100 * ? + 99 end,
						  case when ? then 'Moved on' end, ?, ?, ?)
						""")
				.params(person, this.size - i + 1, i < this.size, this.size - i + 1, i < this.size, i % 2 == 0,
						i % 2 == 0 ? "SERIOUS_HARM" : null, id(this.worker))
				.update();
		}
	}

	/**
	 * A moving-in checklist of {@code size} items, each done by someone else (staff, the
	 * person) or overdue, each with its member of staff to do it.
	 */
	private void movingIn(long person, String personAccount) {
		long checklist = this.jdbc.sql("""
				insert into moving_in_checklist (service_user_id, started_on, started_at, started_by, completed_at)
				values (?, current_date - 30, now(), ?, null) returning id
				""").params(person, id(this.worker)).query(Long.class).single();
		for (int i = 1; i <= this.size; i++) {
			boolean done = i % 2 == 0;
			this.jdbc
				.sql("""
						insert into moving_in_item (checklist_id, service_user_id, position, label, who, who_staff_id, due_on,
						  done_on, done_by, created_at, created_by)
						values (?, ?, ?, 'Something to sort out', 'STAFF', ?, current_date - ?, case when ? then current_date end,
						  ?, now(), ?)
						""")
				.params(checklist, person, i * 10, id(this.worker), i, done,
						done ? id(i % 4 == 0 ? personAccount : this.worker) : null, id(this.worker))
				.update();
		}
	}

	/**
	 * {@code size} welfare benefits (every other one stopped, raising the early warning;
	 * every other one withheld), each with two statuses and a review this week, and an
	 * open early warning with one step of its checklist done.
	 */
	private void benefits(long person) {
		for (int i = 1; i <= this.size; i++) {
			boolean stopped = i % 2 == 1;
			long id = this.jdbc
				.sql("""
						insert into welfare_benefit (service_user_id, benefit, status, status_since, amount, period, review_on,
						  notes, withheld, withheld_reason, created_by)
						values (?, 'UNIVERSAL_CREDIT', ?, current_date - ?, 100.00, 'WEEKLY', current_date + 3, 'A note', ?, ?, ?)
						returning id
						""")
				.params(person, stopped ? "STOPPED" : "AWARDED", i, i % 2 == 0, i % 2 == 0 ? "THIRD_PARTY" : null,
						id(this.worker))
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into welfare_benefit_status (benefit_id, status, status_since, recorded_by)
					values (?, 'APPLYING', current_date - 100, ?), (?, ?, current_date - ?, ?)
					""").params(id, id(this.worker), id, stopped ? "STOPPED" : "AWARDED", i, id(this.worker)).update();
		}
		long warning = this.jdbc
			.sql("insert into early_warning (service_user_id, opened_at, opened_by) values (?, now(), ?) returning id")
			.params(person, id(this.worker))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into early_warning_step (warning_id, step, done, done_on, who, note, recorded_at, recorded_by)
				select ?, s, s = 'TALK', case when s = 'TALK' then current_date end, 'Keyworker', 'A note', now(), ?
				from unnest(array['TALK', 'REPAYMENT_PLAN', 'LANDLORD', 'AUTOMATED_PAYMENT', 'CHECK_BENEFITS']) s
				""").params(warning, id(this.worker)).update();
	}

	/**
	 * {@code size} complaints (every other one withheld, every other one responded to and
	 * closed), each with {@code size} actions.
	 */
	private void complaints(long person) {
		for (int i = 1; i <= this.size; i++) {
			long complaint = this.jdbc.sql("""
					insert into complaint (service_user_id, kind, source, received_at, what_was_said, third_party_name,
					  response_due_at, first_response_at, first_response_who, first_response_done, outcome, closed_at,
					  closed_by, withheld, withheld_reason, created_by)
					values (?, 'COMPLAINT', 'NEIGHBOUR', now() - interval '2 days', 'Noise', 'A neighbour',
					  now() - interval '1 day', case when ? then now() - interval '1 day' end,
					  case when ? then 'Sam' end, case when ? then 'Visited' end, case when ? then 'RESOLVED' end,
					  case when ? then now() end, case when ? then ? end, ?, ?, ?)
					returning id
					""")
				.params(person, i % 2 == 0, i % 2 == 0, i % 2 == 0, i % 2 == 0, i % 2 == 0, i % 2 == 0, id(this.worker),
						i % 2 == 0, i % 2 == 0 ? "THIRD_PARTY" : null, id(this.worker))
				.query(Long.class)
				.single();
			for (int j = 1; j <= this.size; j++) {
				this.jdbc.sql("""
						insert into complaint_entry (complaint_id, kind, occurred_on, text, created_by)
						values (?, 'ACTION', current_date, 'Called', ?)
						""").params(complaint, id(this.worker)).update();
			}
		}
	}

	/**
	 * {@code size} rent charges and as many payments (every other payment cancelled).
	 */
	private void rent(long person) {
		for (int i = 1; i <= this.size; i++) {
			this.jdbc.sql("""
					insert into rent_entry (service_user_id, entry_date, kind, amount, description, source, created_at,
					  created_by)
					values (?, current_date - 7 * ?, 'CHARGE', 96.50, 'Rent', 'HAND', now(), ?)
					""").params(person, i, id(this.worker)).update();
			this.jdbc.sql("""
					insert into rent_entry (service_user_id, entry_date, kind, amount, description, source, created_at,
					  created_by, cancelled_at, cancelled_by, cancel_reason)
					values (?, current_date - 7 * ? + 2, 'PAYMENT', 90.00, 'Payment', 'HAND', now(), ?,
					  case when ? then now() end, case when ? then ? end, case when ? then 'Entered twice' end)
					""")
				.params(person, i, id(this.worker), i % 2 == 0, i % 2 == 0, id(this.worker), i % 2 == 0)
				.update();
		}
	}

	/**
	 * {@code size} coming appointments (every other one withheld, each with a request to
	 * move it from the person) and {@code size} past ones.
	 */
	private void appointments(long person, String personAccount) {
		for (int i = 1; i <= this.size; i++) {
			long coming = this.jdbc.sql("""
					insert into appointment (service_user_id, starts_on, starts_at, place, with_account_id, purpose,
					  withheld, withheld_reason, created_by)
					values (?, current_date + ?, '10:00', 'The office', ?, 'Review', ?, ?, ?) returning id
					""")
				.params(person, i, id(this.worker), i % 2 == 0, i % 2 == 0 ? "THIRD_PARTY" : null, id(this.worker))
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into appointment_move_request (appointment_id, why, would_suit, asked_by)
					values (?, 'Hospital', 'Friday', ?)
					""").params(coming, id(personAccount)).update();
			this.jdbc
				.sql("""
						insert into appointment (service_user_id, starts_on, starts_at, place, with_other, purpose, created_by)
						values (?, current_date - ?, '10:00', 'The café', 'The GP', 'Catch-up', ?)
						""")
				.params(person, i, id(this.worker))
				.update();
		}
	}

	/**
	 * Star readings of the default measure, one a month back from today, every other one
	 * withheld from the person, each with a note per area.
	 */
	private void starReadings(long person) {
		for (int i = 1; i <= this.size; i++) {
			long reading = this.jdbc.sql("""
					insert into star_reading (service_user_id, measure_id, taken_on, withheld, withheld_reason,
					  recorded_by)
					select ?, id, current_date - 30 * ?, ?, ?, ? from star_measure where is_default returning id
					""")
				.params(person, i, i % 2 == 0, i % 2 == 0 ? "THIRD_PARTY" : null, id(this.worker))
				.query(Long.class)
				.single();
			this.jdbc
				.sql("""
						insert into star_score (reading_id, area_id, score, own_score, note)
						select ?, a.id, 1 + (a.position / 10 + ?) % 10, case when ? % 3 = 0 then 5 end, 'Note ' || a.position
						from star_area a join star_measure m on m.id = a.measure_id where m.is_default
						""")
				.params(reading, i, i)
				.update();
		}
	}

}
