package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Clock;
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
 * Jamie Brooks' moving-in checklist for their Housing First tenancy, half done: keys,
 * furniture, gas, electricity, water and council tax done; registering with a GP due in a
 * few days (Jamie's to do); the internet overdue (the keyworker's). Runs once: not when
 * any checklist exists.
 */
@Component
@Profile("demo")
@Order(16)
class MovingInDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MovingInDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	MovingInDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from moving_in_checklist").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long jamie = id("select id from service_user where legal_name = 'Jamie Brooks'");
		if (worker == null || jamie == null) {
			return;
		}
		log.info("Loading the demo moving-in checklist");
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		Long tenancy = id("""
				select t.id from tenancy t join accommodation_episode e on e.id = t.episode_id
				where e.service_user_id = %d and e.ended_on is null""".formatted(jamie));
		LocalDate started = today.minusMonths(1);
		Timestamp at = Timestamp.from(this.clock.instant().minusSeconds(31L * 24 * 3600));
		Long checklist = this.jdbc.sql("""
				insert into moving_in_checklist (service_user_id, tenancy_id, started_on, started_at, started_by)
				values (?, ?, ?, ?, ?) returning id
				""").params(jamie, tenancy, started, at, worker).query(Long.class).single();
		Long jamieAccount = id(
				"select id from account where service_user_id = %d order by id limit 1".formatted(jamie));
		item(checklist, jamie, 10, "Keys collected", "PERSON", null, null, started, started, worker, at, null);
		item(checklist, jamie, 20, "Furniture and white goods", "STAFF", worker, null, started.plusDays(7),
				started.plusDays(5), worker, at, "Bed, fridge and cooker from the furniture project (demo)");
		item(checklist, jamie, 30, "Gas set up", "LANDLORD", null, null, started.plusDays(3), started.plusDays(2),
				worker, at, null);
		item(checklist, jamie, 40, "Electricity set up", "PERSON", null, null, started.plusDays(3), started.plusDays(3),
				jamieAccount == null ? worker : jamieAccount, at, null);
		item(checklist, jamie, 50, "Water set up", "PERSON", null, null, started.plusDays(7), started.plusDays(6),
				worker, at, null);
		item(checklist, jamie, 60, "Council tax registered", "STAFF", worker, null, started.plusDays(14),
				started.plusDays(10), worker, at, "Single person discount applied (demo)");
		item(checklist, jamie, 70, "Benefits told of the change of address", "PERSON", null, null, today.plusDays(10),
				null, null, at, null);
		item(checklist, jamie, 80, "Registered with a GP", "PERSON", null, null, today.plusDays(3), null, null, at,
				"Orchard Road surgery takes new patients on Tuesdays (demo)");
		item(checklist, jamie, 90, "Bank told of the new address", "OTHER", null, "Jamie with their sister",
				today.plusDays(21), null, null, at, null);
		item(checklist, jamie, 100, "Internet set up", "STAFF", worker, null, today.minusDays(5), null, null, at,
				"Looking at social tariffs (demo)");
	}

	private void item(Long checklist, Long person, int position, String label, String who, Long whoStaff,
			String whoOther, LocalDate due, LocalDate done, Long doneBy, Timestamp at, String note) {
		this.jdbc
			.sql("""
					insert into moving_in_item (checklist_id, service_user_id, position, label, who, who_staff_id, who_other,
					  due_on, done_on, done_by, note, created_at, created_by)
					select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, started_by from moving_in_checklist where id = ?
					""")
			.params(checklist, person, position, label, who, whoStaff, whoOther, due, done, doneBy, note, at, checklist)
			.update();
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
