package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.keywork.web.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Star readings of the default measure for a few demo people, so the star, the person
 * page, the portal and the team view show something at once: Jamie Brooks has three
 * readings over their support (most areas up, one down, and a reading where Jamie sees
 * two areas differently); Margaret O'Neill has two, the latest long enough ago that a
 * reading is overdue; Tomasz Kowalczyk has one. Runs once: it does nothing if any reading
 * exists.
 */
@Component
@Profile("demo")
@Order(10)
class StarReadingsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StarReadingsDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Dates dates;

	StarReadingsDemoSeeder(JdbcClient jdbc, Clock clock, Dates dates) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.dates = dates;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from star_reading").query(Long.class).single() > 0) {
			return;
		}
		// areas in order: accommodation, money, physical health, emotional and mental
		// health, drugs and alcohol, relationships, meaningful time, living skills,
		// safety, legal
		reading("Jamie Brooks", 200, new int[] { 2, 3, 5, 4, 6, 3, 2, 4, 5, 7 }, null, new String[] {
				"Sleeping at a friend's, no tenancy yet.", "Waiting for the first Universal Credit payment." });
		reading("Jamie Brooks", 110, new int[] { 5, 4, 5, 5, 6, 4, 4, 5, 6, 7 },
				new Integer[] { null, 3, null, 6, null, null, null, null, null, null },
				new String[] { "Moved into the flat on Orchard Walk.",
						"Rent arrears from the old address still worry Jamie." });
		reading("Jamie Brooks", 20, new int[] { 7, 6, 5, 6, 5, 5, 6, 6, 7, 8 }, null, new String[] {
				"Tenancy going well, rent paid on time.", "Paying back the arrears at a rate Jamie agreed." });
		reading("Margaret O'Neill", 380, new int[] { 4, 5, 3, 4, 8, 3, 3, 5, 5, 9 }, null,
				new String[] { "Settling into the flat.", null });
		reading("Margaret O'Neill", 190, new int[] { 6, 6, 4, 5, 8, 5, 4, 6, 6, 9 }, null,
				new String[] { "Knows the neighbours now.", null });
		reading("Tomasz Kowalczyk", 80, new int[] { 3, 2, 6, 4, 3, 4, 5, 6, 5, 6 }, null,
				new String[] { "Temporary accommodation.", "Debt advice booked." });
		log.info("Demo star readings added");
	}

	private void reading(String legalName, int daysAgo, int[] scores, Integer[] own, String[] notes) {
		Long person = this.jdbc.sql("select id from service_user where legal_name = ?")
			.param(legalName)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (person == null) {
			return;
		}
		Long recorder = this.jdbc
			.sql("""
					select coalesce(su.keyworker_id, (select a.id from account a join account_team at on at.account_id = a.id
					  where at.team_id = su.team_id and a.role = 'MANAGER' order by a.id limit 1))
					from service_user su where su.id = ?
					""")
			.param(person)
			.query(Long.class)
			.single();
		LocalDate takenOn = this.dates.today().minusDays(daysAgo);
		Timestamp recordedAt = Timestamp.from(this.clock.instant().minus(Duration.ofDays(daysAgo)));
		Long reading = this.jdbc.sql("""
				insert into star_reading (service_user_id, measure_id, taken_on, recorded_at, recorded_by, own_view_at)
				select ?, id, ?, ?, ?, ? from star_measure where is_default returning id
				""")
			.params(person, takenOn, recordedAt, recorder, own == null ? null : recordedAt)
			.query(Long.class)
			.single();
		List<Long> areas = this.jdbc.sql("""
				select a.id from star_area a join star_measure m on m.id = a.measure_id where m.is_default
				order by a.position
				""").query(Long.class).list();
		for (int i = 0; i < areas.size(); i++) {
			this.jdbc.sql("insert into star_score (reading_id, area_id, score, own_score, note) values (?, ?, ?, ?, ?)")
				.params(reading, areas.get(i), scores[i], own == null ? null : own[i],
						i < notes.length ? notes[i] : null)
				.update();
		}
	}

}
