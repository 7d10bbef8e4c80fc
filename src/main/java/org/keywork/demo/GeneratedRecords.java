package org.keywork.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records {@link DataGenerator} hangs off the generated people once they, their notes
 * and their support records exist: outcome readings, housing (episodes, tenancies, rent),
 * appointments, welfare benefits and support intensity. Each method is one set-based
 * statement over the {@code gen_person} table the generator made in the same transaction,
 * with {@code hashint8extended(n, seed)} where a number should look random; a person's
 * number ({@code i}) decides who has what, so the same seed always gives the same rows.
 */
@Component
class GeneratedRecords {

	private static final String[] LANDLORDS = { "Generated Housing Association (generated)",
			"Generated Council Homes (generated)", "Generated Lettings (generated)" };

	private final JdbcClient jdbc;

	GeneratedRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- outcomes ---

	/**
	 * Outcome Star readings for four in five active people, a quarter apart: the latest
	 * up to about 16 weeks ago (so about one reader in six is overdue for the next, as in
	 * a service that keeps up with its readings), one to three of them, none before
	 * support began.
	 */
	int starReadings(LocalDate today) {
		return this.jdbc.sql("""
				insert into star_reading (service_user_id, measure_id, taken_on, withheld, withheld_reason,
				  withheld_detail, recorded_at, recorded_by)
				select p.id, m.id, d.taken_on, p.i % 50 = 4, case when p.i % 50 = 4 then 'THIRD_PARTY' end,
				       case when p.i % 50 = 4 then 'Scores talk about a family member (generated)' end,
				       cast(d.taken_on as timestamp) at time zone 'UTC' + interval '14 hours', p.author
				from gen_person p
				cross join (select id from star_measure where is_default) m
				cross join lateral generate_series(1, 1 + p.i % 3) k
				cross join lateral (select cast(:today as date) - p.i % 110 - (k - 1) * 91 as taken_on) d
				where p.status = 'ACTIVE' and p.i % 5 <> 4 and d.taken_on >= p.from_day + 14
				order by p.i, d.taken_on
				""").param("today", Date.valueOf(today)).update();
	}

	/**
	 * A score for every area of every reading, rising a step each quarter from the
	 * person's first reading.
	 */
	int starScores(long seed, LocalDate today) {
		return this.jdbc.sql("""
				insert into star_score (reading_id, area_id, score)
				select r.id, a.id, least(10, 1 + (hashint8extended(p.i * 1000 + a.position, :seed) & %s) %% 5
				                             + (r.taken_on - (cast(:today as date) - p.i %% 110 - 182)) / 91)
				from star_reading r join gen_person p on p.id = r.service_user_id
				join star_area a on a.measure_id = r.measure_id
				""".formatted(DataGenerator.MAX)).param("seed", seed).param("today", Date.valueOf(today)).update();
	}

	/**
	 * WEMWBS readings for a third of the active people, the totals from their answers.
	 */
	int wellbeing(long seed, LocalDate today) {
		return this.jdbc.sql("""
				insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total, score,
				  created_at, created_by)
				select p.id, 'WEMWBS', d.taken_on, case when k = 1 then 'WORKER' else 'PERSON' end, t.total, t.total,
				       cast(d.taken_on as timestamp) at time zone 'UTC' + interval '15 hours', p.author
				from gen_person p
				cross join lateral generate_series(1, 1 + p.i %% 2) k
				cross join lateral (select p.from_day + 21 + (k - 1) * 91 as taken_on) d
				cross join lateral (select cast(sum(1 + (hashint8extended(p.i * 1000 + k * 20 + s, :seed) & %s) %% 5)
				                        as integer) as total
				                    from generate_series(1, 14) s) t
				where p.status = 'ACTIVE' and p.i %% 3 = 0 and d.taken_on <= cast(:today as date)
				order by p.i, d.taken_on
				""".formatted(DataGenerator.MAX)).param("seed", seed).param("today", Date.valueOf(today)).update();
	}

	/** The fourteen answers of each reading, adding up to its total. */
	int wellbeingAnswers(long seed) {
		return this.jdbc.sql("""
				insert into wellbeing_answer (reading_id, statement_number, answer)
				select w.id, s, 1 + (hashint8extended(p.i * 1000 + (1 + (w.taken_on - p.from_day - 21) / 91) * 20 + s,
				                                       :seed) & %s) %% 5
				from wellbeing_reading w join gen_person p on p.id = w.service_user_id
				cross join generate_series(1, 14) s
				""".formatted(DataGenerator.MAX)).param("seed", seed).update();
	}

	// --- housing ---

	/**
	 * For a fifth of the active people, a hostel stay that ended when a tenancy began,
	 * and the tenancy (some withheld).
	 */
	int episodes(LocalDate today) {
		String where = "p.status = 'ACTIVE' and p.i % 5 = 2 and p.from_day + 90 <= cast(:today as date)";
		int added = this.jdbc
			.sql("""
					insert into accommodation_episode (service_user_id, form, address, started_on, ended_on,
					  reason_for_leaving, created_at, created_by)
					select p.id, 'HOSTEL', 'Generated Hostel, Generated Town (generated)', p.from_day - 200, p.from_day + 60,
					       'Moved into a tenancy with support (generated)',
					       cast(p.from_day as timestamp) at time zone 'UTC' + interval '12 hours', p.author
					from gen_person p where %s order by p.i
					"""
				.formatted(where))
			.param("today", Date.valueOf(today))
			.update();
		added += this.jdbc
			.sql("""
					insert into accommodation_episode (service_user_id, form, address, started_on, withheld, withheld_reason,
					  withheld_detail, created_at, created_by)
					select p.id, (array['HOUSING_FIRST_TENANCY', 'SOCIAL_RENTED', 'PRIVATE_RENTED', 'SUPPORTED_HOUSING'])
					         [1 + p.i %% 4],
					       'Flat ' || (1 + p.i %% 40) || ', Generated Court, Generated Town (generated)', p.from_day + 60,
					       p.i %% 50 = 12, case when p.i %% 50 = 12 then 'SERIOUS_HARM' end,
					       case when p.i %% 50 = 12 then 'The address must not reach a former partner (generated)' end,
					       cast(p.from_day + 60 as timestamp) at time zone 'UTC' + interval '12 hours', p.author
					from gen_person p where %s order by p.i
					"""
				.formatted(where))
			.param("today", Date.valueOf(today))
			.update();
		return added;
	}

	int landlords(Instant now) {
		return this.jdbc.sql("""
				insert into landlord (name, kind, created_at, updated_at)
				values (:first, 'HOUSING_ASSOCIATION', :now, :now), (:second, 'COUNCIL', :now, :now),
				       (:third, 'PRIVATE', :now, :now)
				""")
			.param("first", LANDLORDS[0])
			.param("second", LANDLORDS[1])
			.param("third", LANDLORDS[2])
			.param("now", Timestamp.from(now))
			.update();
	}

	/** A tenancy for every current episode, with one of the generated landlords. */
	int tenancies() {
		return this.jdbc.sql("""
				insert into tenancy (episode_id, landlord_id, tenancy_type, started_on, rent_amount, rent_frequency,
				  who_pays, automated_payment, created_at, created_by)
				select e.id, l.id, case when p.i % 4 = 1 then 'SECURE' else 'ASSURED_SHORTHOLD' end, e.started_on,
				       90 + p.i % 60 + 0.50, 'WEEKLY',
				       (array['THE_PERSON', 'HOUSING_BENEFIT_DIRECT', 'UNIVERSAL_CREDIT_DIRECT', 'MIXED'])[1 + p.i % 4],
				       p.i % 3 = 0, e.created_at, e.created_by
				from accommodation_episode e join gen_person p on p.id = e.service_user_id
				join landlord l on l.name = case p.i % 3 when 0 then :first when 1 then :second else :third end
				where e.ended_on is null
				order by p.i
				""").param("first", LANDLORDS[0]).param("second", LANDLORDS[1]).param("third", LANDLORDS[2]).update();
	}

	/** Twelve weeks of rent charged, and paid most weeks. */
	int rentEntries(LocalDate today) {
		return this.jdbc.sql("""
				insert into rent_entry (service_user_id, entry_date, kind, amount, description, source, created_at,
				  created_by)
				select p.id, d.day, k.kind, t.rent_amount,
				       case when k.kind = 'CHARGE' then 'Weekly rent (generated)' else 'Payment (generated)' end,
				       'HAND', cast(d.day as timestamp) + interval '10 hours', p.author
				from tenancy t join accommodation_episode e on e.id = t.episode_id
				join gen_person p on p.id = e.service_user_id
				cross join generate_series(0, 11) w
				cross join lateral (select cast(:today as date) - 7 * w as day) d
				cross join (values ('CHARGE'), ('PAYMENT')) k (kind)
				where d.day >= t.started_on and (k.kind = 'CHARGE' or (p.i + w) % 7 <> 0)
				order by p.i, d.day, k.kind
				""").param("today", Date.valueOf(today)).update();
	}

	// --- appointments, benefits, intensity ---

	/**
	 * For half the active people, three appointments: one a few days ago, one this week
	 * or next, one the week after; most with the keyworker, a few withheld.
	 */
	int appointments(LocalDate today, Instant now) {
		return this.jdbc.sql("""
				insert into appointment (service_user_id, starts_on, starts_at, ends_at, place, with_account_id,
				  purpose, withheld, withheld_reason, withheld_detail, created_at, created_by)
				select p.id, cast(:today as date) + (k * 7 - 5 + p.i % 5), time '09:30' + (p.i % 7) * interval '1 hour',
				       time '10:30' + (p.i % 7) * interval '1 hour',
				       (array['Home visit', 'The project office', 'The Jobcentre', 'The GP surgery'])[1 + (p.i + k) % 4]
				         || ' (generated)',
				       case when (p.i + k) % 4 = 2 then null else p.keyworker_id end,
				       (array['Weekly catch-up', 'Benefits appointment', 'Looking at flats together', 'Health check'])
				         [1 + (p.i + k) % 4] || ' (generated)',
				       p.i % 50 = 21 and k = 1, case when p.i % 50 = 21 and k = 1 then 'THIRD_PARTY' end,
				       case when p.i % 50 = 21 and k = 1 then 'Arranged by a family member (generated)' end,
				       cast(:now as timestamptz) - interval '10 days', p.author
				from gen_person p cross join generate_series(0, 2) k
				where p.status = 'ACTIVE' and p.i % 2 = 1
				order by p.i, k
				""").param("today", Date.valueOf(today)).param("now", Timestamp.from(now)).update();
	}

	/**
	 * For a third of the active people, Universal Credit applied for soon after support
	 * began and awarded a month later; for a ninth, a PIP claim still waiting too. A few
	 * are withheld.
	 */
	int benefits(LocalDate today) {
		return this.jdbc.sql("""
				insert into welfare_benefit (service_user_id, benefit, status, status_since, amount, period, review_on,
				  withheld, withheld_reason, withheld_detail, created_at, created_by)
				select p.id, b.benefit, b.status, b.since, b.amount, b.period, b.review_on,
				       p.i % 50 = 31, case when p.i % 50 = 31 then 'OTHER' end,
				       case when p.i % 50 = 31 then 'Shared in confidence with the keyworker (generated)' end,
				       cast(p.from_day + 5 as timestamp) at time zone 'UTC' + interval '11 hours', p.author
				from gen_person p
				cross join lateral (
				  select 'UNIVERSAL_CREDIT' as benefit, 'AWARDED' as status, p.from_day + 35 as since,
				         cast(300 + p.i % 120 + 0.45 as numeric(12, 2)) as amount, 'MONTHLY' as period,
				         cast(:today as date) + p.i % 90 as review_on
				  union all
				  select 'PIP', 'APPLYING', p.from_day + 50, null, null, null where p.i % 9 = 4) b
				where p.status = 'ACTIVE' and p.i % 3 = 1 and b.since <= cast(:today as date)
				order by p.i, b.benefit
				""").param("today", Date.valueOf(today)).update();
	}

	/**
	 * Each generated benefit's history: applying from a month before an award, then
	 * awarded; the last entry is the benefit's status.
	 */
	int benefitStatuses() {
		return this.jdbc.sql("""
				insert into welfare_benefit_status (benefit_id, status, status_since, recorded_at, recorded_by)
				select b.id, s.status, s.since, cast(s.since as timestamp) at time zone 'UTC' + interval '11 hours',
				       b.created_by
				from welfare_benefit b join gen_person p on p.id = b.service_user_id
				cross join lateral (
				  select 'APPLYING' as status,
				         case when b.status = 'AWARDED' then b.status_since - 30 else b.status_since end as since
				  union all
				  select b.status, b.status_since where b.status <> 'APPLYING') s
				order by b.id, s.since
				""").update();
	}

	/**
	 * For a quarter of the active people, a support level agreed a week after support
	 * began, and for half of them a later change.
	 */
	int intensityChanges(LocalDate today) {
		return this.jdbc.sql("""
				insert into intensity_change (service_user_id, level, reason, changed_at, changed_by)
				select p.id, (array['STANDARD', 'INTENSIVE', 'LIGHT', 'MOVING_ON'])[1 + (p.i / 4 + k) % 4],
				       case when k = 0 then 'Agreed when support began (generated)'
				            else 'Agreed at the review (generated)' end,
				       p.from_at + (7 + k * 120) * interval '1 day', p.author
				from gen_person p cross join generate_series(0, 1) k
				where p.status = 'ACTIVE' and p.i % 4 = 1 and (k = 0 or p.i % 8 = 1)
				  and p.from_day + 7 + k * 120 <= cast(:today as date)
				order by p.i, k
				""").param("today", Date.valueOf(today)).update();
	}

}
