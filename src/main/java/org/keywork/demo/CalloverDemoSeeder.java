package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

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
 * Last week's callover of North Housing First (the team of {@code worker}), chaired by
 * {@code manager}, with three decisions (demo data): Jamie Brooks (a follow-up for
 * {@code worker}, now overdue), Peggy (a follow-up for {@code worker} due next week) and
 * Tom (a follow-up already done). Runs once: not when any callover exists.
 */
@Component
@Profile("demo")
@Order(14)
class CalloverDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CalloverDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	CalloverDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from callover_meeting").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long manager = id("select id from account where lower(username) = 'manager'");
		Long team = id("select id from team where name = 'North Housing First'");
		Long jamie = id("select id from service_user where legal_name = 'Jamie Brooks'");
		if (worker == null || manager == null || team == null || jamie == null) {
			return;
		}
		log.info("Loading last week's demo callover");
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		LocalDate held = today.minusDays(7);
		Timestamp at = Timestamp.from(this.clock.instant().minus(Duration.ofDays(7)));
		Long meeting = this.jdbc.sql("""
				insert into callover_meeting (team_id, held_on, chaired_by, created_at) values (?, ?, ?, ?) returning id
				""").params(team, held, manager, at).query(Long.class).single();
		decision(meeting, jamie, "Rent arrears letter from the landlord; Jamie is worried about the bidding deadline.",
				"Phone the landlord about a payment plan before the bidding closes.", worker, today.minusDays(2),
				manager, at);
		Long peggy = id("select id from service_user where legal_name = 'Margaret O''Neill'");
		if (peggy != null) {
			decision(meeting, peggy, "Peggy has been missing the lunch club since her fall.",
					"Ask the GP surgery about a falls assessment, with Peggy's agreement.", worker, today.plusDays(7),
					manager, at);
		}
		Long tom = id("select id from service_user where legal_name = 'Tomasz Kowalczyk'");
		if (tom != null) {
			Long done = decision(meeting, tom, "Tom asked for help with a bus pass for his hospital appointments.",
					"Send the bus pass form with Tom.", worker, today.minusDays(3), manager, at);
			this.jdbc.sql("""
					update callover_decision set done_at = ?, done_by = ?, done_note = ?, version = version + 1
					where id = ?
					""")
				.params(Timestamp.from(this.clock.instant().minus(Duration.ofDays(4))), worker,
						"Form sent together on Tuesday.", done)
				.update();
		}
	}

	private Long decision(Long meeting, Long person, String discussed, String agreed, Long followUpBy, LocalDate due,
			Long by, Timestamp at) {
		return this.jdbc.sql("""
				insert into callover_decision (meeting_id, service_user_id, discussed, agreed, follow_up_by,
				  follow_up_due, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""").params(meeting, person, discussed, agreed, followUpBy, due, at, by).query(Long.class).single();
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
