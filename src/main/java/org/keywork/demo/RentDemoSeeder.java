package org.keywork.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

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
 * Jamie Brooks's rent account over their Housing First tenancy (weekly £96.50): the
 * weekly charges and the Universal Credit housing payments, entered by hand, one of them
 * a week late; the last eight weeks come from a small imported landlord's statement, in
 * which the last three payments are missing, so the arrears pass two weeks' rent in the
 * last month and the early warning fires. Runs once: not when any rent entry exists.
 */
@Component
@Profile("demo")
@Order(16)
class RentDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RentDemoSeeder.class);

	private static final BigDecimal RENT = new BigDecimal("96.50");

	private static final int IMPORTED_WEEKS = 8;

	private static final int MISSED = 3;

	private final JdbcClient jdbc;

	private final Clock clock;

	RentDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from rent_entry").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long jamie = id("select id from service_user where legal_name = 'Jamie Brooks'");
		LocalDate start = this.jdbc.sql("""
				select t.started_on from tenancy t join accommodation_episode e on e.id = t.episode_id
				where e.service_user_id = ? and e.ended_on is null
				""").param(jamie == null ? -1L : jamie).query(LocalDate.class).optional().orElse(null);
		if (worker == null || jamie == null || start == null) {
			return;
		}
		log.info("Loading a demo rent account");
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		int weeks = (int) (java.time.temporal.ChronoUnit.DAYS.between(start, today) / 7) + 1;
		int firstImported = Math.max(0, weeks - IMPORTED_WEEKS);
		Timestamp now = Timestamp.from(this.clock.instant());
		for (int week = 0; week < firstImported; week++) {
			LocalDate due = start.plusWeeks(week);
			hand(jamie, due, "CHARGE", RENT, "Rent, week of " + due, null, worker, now);
			if (week == 9) {
				continue;
			}
			hand(jamie, due.plusDays(2), "PAYMENT", RENT, "Universal Credit housing payment", "UC-" + (week + 1),
					worker, now);
			if (week == 10) {
				hand(jamie, due.plusDays(4), "PAYMENT", RENT, "Universal Credit housing payment (the late one)",
						"UC-10", worker, now);
			}
		}
		if (firstImported > 0) {
			// one entered twice by mistake, cancelled
			Long twice = this.jdbc.sql("""
					insert into rent_entry (service_user_id, entry_date, kind, amount, description, source, created_at,
					  created_by, cancelled_at, cancelled_by, cancel_reason)
					values (?, ?, 'CHARGE', ?, 'Rent for the week (entered twice)', 'HAND', ?, ?, ?, ?,
					  'Entered twice by mistake')
					returning id
					""").params(jamie, start, RENT, now, worker, now, worker).query(Long.class).single();
			log.debug("Demo rent entry {} cancelled", twice);
		}
		statement(jamie, worker, start, firstImported, weeks, today, now);
	}

	/**
	 * The landlord's statement for the last weeks, imported; the last payments missed.
	 */
	private void statement(Long jamie, Long worker, LocalDate start, int from, int weeks, LocalDate today,
			Timestamp now) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		StringBuilder csv = new StringBuilder("Date,Transaction,Debit,Credit\r\n");
		Long importId = this.jdbc.sql("""
				insert into rent_import (service_user_id, uploaded_by, uploaded_at, file_name, content, content_hash,
				  status, has_header, date_column, date_format, description_column, amount_mode, charge_column,
				  payment_column, rows_total, rows_done, finished_at)
				values (?, ?, ?, 'northtown-homes-statement.csv', '', '', 'IMPORTED', true, 0, 'DAY_MONTH_YEAR', 1,
				  'SEPARATE', 2, 3, 0, 0, ?)
				returning id
				""").params(jamie, worker, now, now).query(Long.class).single();
		int rows = 0;
		for (int week = from; week < weeks; week++) {
			LocalDate due = start.plusWeeks(week);
			csv.append(format.format(due)).append(",\"Rent, week ").append(week + 1).append("\",96.50,\r\n");
			imported(jamie, due, "CHARGE", "Rent, week " + (week + 1), importId, worker, now);
			rows++;
			LocalDate paid = due.plusDays(2);
			if (week < weeks - MISSED && !paid.isAfter(today)) {
				csv.append(format.format(paid)).append(",UC housing payment,,96.50\r\n");
				imported(jamie, paid, "PAYMENT", "UC housing payment", importId, worker, now);
				rows++;
			}
		}
		String content = csv.toString();
		this.jdbc
			.sql("update rent_import set content = ?, content_hash = ?, rows_total = ?, rows_done = ? where id = ?")
			.params(content, hash(content), rows, rows, importId)
			.update();
	}

	private void hand(Long person, LocalDate date, String kind, BigDecimal amount, String description, String reference,
			Long by, Timestamp now) {
		this.jdbc.sql("""
				insert into rent_entry (service_user_id, entry_date, kind, amount, description, reference, source,
				  created_at, created_by)
				values (?, ?, ?, ?, ?, ?, 'HAND', ?, ?)
				""").params(person, date, kind, amount, description, reference, now, by).update();
	}

	private void imported(Long person, LocalDate date, String kind, String description, Long importId, Long by,
			Timestamp now) {
		this.jdbc.sql("""
				insert into rent_entry (service_user_id, entry_date, kind, amount, description, source, import_id,
				  created_at, created_by)
				values (?, ?, ?, ?, ?, 'IMPORT', ?, ?, ?)
				""").params(person, date, kind, RENT, description, importId, now, by).update();
	}

	private static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
