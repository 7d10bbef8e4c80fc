package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.keywork.complaints.WorkingDays;
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
 * Demo complaints about Jamie Brooks' tenancy (all invented): an open noise complaint
 * from a neighbour ("Mrs A. Neighbour (demo)", a staff-only detail) whose first response
 * falls due a few hours after the demo starts (on a working day; at a weekend, on
 * Monday), and a closed complaint from the landlord with its first response, an action, a
 * weekly reflection with the landlord and what was learned. Runs once: not when any
 * complaint exists.
 */
@Component
@Profile("demo")
@Order(30)
class ComplaintsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ComplaintsDemoSeeder.class);

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	ComplaintsDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from complaint").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long jamie = id("select id from service_user where legal_name = 'Jamie Brooks'");
		if (worker == null || jamie == null) {
			return;
		}
		log.info("Loading demo complaints");
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(ZONE)).truncatedTo(ChronoUnit.MINUTES);

		// open: due in about three hours (received the working day before that)
		ZonedDateTime due = now.plusHours(3);
		ZonedDateTime received = due.minusDays(1);
		while (received.getDayOfWeek() == DayOfWeek.SATURDAY || received.getDayOfWeek() == DayOfWeek.SUNDAY) {
			received = received.minusDays(1);
		}
		if (received.isAfter(now)) {
			received = now.minusHours(1);
		}
		insert(jamie, worker, "COMPLAINT", "NEIGHBOUR", received,
				"Loud music from Jamie's flat after midnight on two nights this week; the neighbour below could not sleep.",
				"Mrs A. Neighbour (demo)", "Flat 2, 18 Orchard Road (demo)");

		// closed: from the landlord, two months ago, answered the same day
		ZonedDateTime earlier = now.minusMonths(2).withHour(11).withMinute(15);
		while (earlier.getDayOfWeek() == DayOfWeek.SATURDAY || earlier.getDayOfWeek() == DayOfWeek.SUNDAY) {
			earlier = earlier.minusDays(1);
		}
		Long closed = insert(jamie, worker, "COMPLAINT", "LANDLORD", earlier,
				"The housing officer said rubbish bags were left on the shared landing for a week.",
				"Priya Shah, Northtown Homes (demo)", "0113 496 0101");
		LocalDate day = earlier.toLocalDate();
		this.jdbc
			.sql("""
					update complaint set first_response_at = ?, first_response_who = 'Sam Okafor (demo)',
					  first_response_done = 'Called Jamie and visited that afternoon; the bags were taken to the bins together.',
					  outcome = 'RESOLVED', outcome_text = 'No more bags on the landing since; the landlord is satisfied.',
					  closed_at = ?, closed_by = ?,
					  learning_happened = 'Jamie did not know which day the bins are collected or where the bin store is.',
					  learning_learned = 'Show the bin store and collection days at every move-in; now on our move-in checklist.',
					  learning_at = ?, learning_by = ?, version = 3
					where id = ?
					""")
			.params(Timestamp.from(earlier.plusHours(4).toInstant()), Timestamp.from(earlier.plusDays(14).toInstant()),
					worker, Timestamp.from(earlier.plusDays(15).toInstant()), worker, closed)
			.update();
		entry(closed, "ACTION", day.plusDays(1), null,
				"Put a note of the bin collection days on Jamie's fridge, with Jamie.", worker);
		entry(closed, "REFLECTION", day.plusDays(7), "Priya Shah (Northtown Homes), Sam (keyworker), Jamie",
				"The landing has stayed clear all week; Jamie asked for a reminder text on bin day, which we set up.",
				worker);
	}

	private Long insert(Long person, Long by, String kind, String source, ZonedDateTime received, String said,
			String name, String contact) {
		ZonedDateTime due = WorkingDays.after(received, WorkingDays.DEFAULT);
		return this.jdbc.sql("""
				insert into complaint (service_user_id, kind, source, received_at, what_was_said, third_party_name,
				  third_party_contact, response_due_at, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id
				""")
			.params(person, kind, source, Timestamp.from(received.toInstant()), said, name, contact,
					Timestamp.from(due.toInstant()), Timestamp.from(received.plus(Duration.ofMinutes(20)).toInstant()),
					by)
			.query(Long.class)
			.single();
	}

	private void entry(Long complaint, String kind, LocalDate on, String attended, String text, Long by) {
		this.jdbc.sql("""
				insert into complaint_entry (complaint_id, kind, occurred_on, attended, text, created_by)
				values (?, ?, ?, ?, ?, ?)
				""").params(complaint, kind, on, attended, text, by).update();
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
