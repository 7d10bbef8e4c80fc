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
 * Appointments this week, so My caseload, the person's page and the portal show them at
 * once: Jamie Brooks has a review with their keyworker and a visit to the housing office
 * coming up, and one last month; Peggy and Abdi each have one this week (Abdi's is
 * withheld from him: it is with his cousin's solicitor). Each team gets an office phone,
 * the portal's fallback when a keyworker has given none. Runs once: not when any
 * appointment exists.
 */
@Component
@Profile("demo")
@Order(8)
class AppointmentsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AppointmentsDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	AppointmentsDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from appointment").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long jamie = id("select id from service_user where legal_name = 'Jamie Brooks'");
		if (worker == null || jamie == null) {
			return;
		}
		log.info("Loading demo appointments and team office phones");
		this.jdbc.sql("""
				update team set phone = '0113 496 0000', contact_hours = 'Monday to Friday, 9am to 5pm'
				where phone is null
				""").update();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		insert(jamie, today.plusDays(1), LocalTime.of(14, 30), LocalTime.of(15, 30), "The office, 12 Mill Lane", worker,
				null, "Review of your Action Plan", null, worker);
		insert(jamie, today.plusDays(3), LocalTime.of(10, 0), null, "Housing Options, Civic Centre", null,
				"Housing officer", "Bidding for a flat: bring your ID and bank statement", null, worker);
		insert(jamie, today.minusDays(30), LocalTime.of(11, 0), LocalTime.of(12, 0), "Rosie's Café, High Street",
				worker, null, "Catch-up over a coffee", null, worker);
		Long peggy = id("select id from service_user where legal_name = 'Margaret O''Neill'");
		if (peggy != null) {
			insert(peggy, today.plusDays(2), LocalTime.of(13, 0), null, "Her flat", worker, null,
					"Going through the lunch club forms together", null, worker);
		}
		Long abdi = id("select id from service_user where legal_name = 'Abdi Hassan Warsame'");
		if (abdi != null) {
			insert(abdi, today.plusDays(4), LocalTime.of(15, 0), LocalTime.of(15, 45), "The office, 12 Mill Lane", null,
					"His cousin's solicitor (by phone)", "Call about the money owed", "THIRD_PARTY", worker);
		}
	}

	private void insert(Long person, LocalDate on, LocalTime start, LocalTime end, String place, Long with,
			String withOther, String purpose, String withheldReason, Long by) {
		this.jdbc.sql("""
				insert into appointment (service_user_id, starts_on, starts_at, ends_at, place, with_account_id,
				  with_other, purpose, withheld, withheld_reason, created_at, created_by)
				values (:person, :on, :start, :end, :place, :with, :withOther, :purpose, :withheld, :reason, :now, :by)
				""")
			.param("person", person)
			.param("on", on)
			.param("start", start)
			.param("end", end)
			.param("place", place)
			.param("with", with)
			.param("withOther", withOther)
			.param("purpose", purpose)
			.param("withheld", withheldReason != null)
			.param("reason", withheldReason)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", by)
			.update();
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
