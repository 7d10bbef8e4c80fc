package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * A demo group in North Housing First, "Cooking on a budget (demo)", run by the demo
 * worker and Jordan, with two past sessions: Jamie Brooks came to both, Peggy to one (and
 * sent apologies for the other), Tom was invited and did not come. Runs once: not when
 * any group exists.
 */
@Component
@Profile("demo")
@Order(13)
class GroupsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GroupsDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	GroupsDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from support_group").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long jordan = id("select id from account where lower(username) = 'jordan'");
		Long north = id("select id from team where name = '" + DemoDataSeeder.NORTH + "'");
		Long jamie = person("Jamie Brooks");
		if (worker == null || north == null || jamie == null) {
			return;
		}
		log.info("Loading a demo group with two sessions");
		Long group = this.jdbc.sql("""
				insert into support_group (team_id, title, topic, created_by) values (?, ?, ?, ?) returning id
				""")
			.params(north, "Cooking on a budget (demo)",
					"Cooking a meal together for under five pounds, and sharing tips on shopping and storing food. "
							+ "Open to anyone in the team who would like to come.",
					worker)
			.query(Long.class)
			.single();
		facilitator(group, worker);
		if (jordan != null) {
			facilitator(group, jordan);
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		Long peggy = person("Margaret O'Neill");
		Long tom = person("Tomasz Kowalczyk");
		Long first = session(group, today.minusDays(14), "Community kitchen, 3 Mill Lane",
				"Made a vegetable curry for six for under five pounds. Talked about batch cooking and freezing "
						+ "portions. Everyone took a portion home.",
				worker);
		attend(first, jamie, "ATTENDED");
		attend(first, peggy, "ATTENDED");
		attend(first, tom, "DID_NOT_ATTEND");
		Long second = session(group, today.minusDays(7), "Community kitchen, 3 Mill Lane",
				"Shopping trip to the market, then pasta bake. Shared a list of the cheapest places to buy staples.",
				jordan != null ? jordan : worker);
		attend(second, jamie, "ATTENDED");
		attend(second, peggy, "APOLOGIES");
	}

	private void facilitator(Long group, Long account) {
		this.jdbc.sql("insert into support_group_facilitator (group_id, account_id) values (?, ?)")
			.params(group, account)
			.update();
	}

	private Long session(Long group, LocalDate on, String place, String note, Long by) {
		return this.jdbc.sql("""
				insert into group_session (group_id, starts_at, place, note, created_by) values (?, ?, ?, ?, ?)
				returning id
				""")
			.params(group,
					Timestamp.from(on.atTime(LocalTime.of(11, 0)).atZone(ZoneId.of("Europe/London")).toInstant()),
					place, note, by)
			.query(Long.class)
			.single();
	}

	private void attend(Long session, Long person, String status) {
		if (person != null) {
			this.jdbc.sql("insert into group_attendance (session_id, service_user_id, status) values (?, ?, ?)")
				.params(session, person, status)
				.update();
		}
	}

	private Long person(String legalName) {
		return id("select id from service_user where legal_name = '" + legalName.replace("'", "''") + "'");
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
