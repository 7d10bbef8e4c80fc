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
 * Cycle of Change histories, so the path chart, the callover facts and the team view show
 * at once: Jamie Brooks' "drinking" went from pre-contemplation to action, lapsed, and is
 * back at action (the latest stage recorded with a contact note), and "paying the rent"
 * is at preparation; Peggy has one issue; Abdi has one withheld from him (it names his
 * cousin). Runs once: not when any issue exists.
 */
@Component
@Profile("demo")
@Order(6)
class CycleOfChangeDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CycleOfChangeDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	CycleOfChangeDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from cycle_issue").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long jamie = id("select id from service_user where legal_name = 'Jamie Brooks'");
		if (worker == null || jamie == null) {
			return;
		}
		log.info("Loading demo Cycle of Change histories");
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		long drinking = issue(jamie, "drinking", null, null, worker, today.minusDays(200));
		stage(drinking, "PRE_CONTEMPLATION", today.minusDays(200), "It's not a problem, everyone has a drink.", null,
				worker);
		stage(drinking, "CONTEMPLATION", today.minusDays(160),
				"Maybe I spend too much on it. I'd like to think about it.", null, worker);
		stage(drinking, "PREPARATION", today.minusDays(120), "I want to cut down before my sister's birthday.", null,
				worker);
		stage(drinking, "ACTION", today.minusDays(85), "Two weeks with no drink on weekdays.", null, worker);
		stage(drinking, "LAPSE", today.minusDays(45), "Had a bad week after the letter from the council.", null,
				worker);
		Long note = id("""
				select n.id from contact_note n join account a on a.id = n.author_id
				where n.service_user_id = %d and n.shared and not n.restricted and a.username = 'worker'
				  and n.type <> 'ATTEMPTED_NO_ANSWER'
				order by n.contact_at desc limit 1""".formatted(jamie));
		LocalDate noteDay = note == null ? today.minusDays(14)
				: this.jdbc
					.sql("select cast(contact_at at time zone 'Europe/London' as date) from contact_note where id = ?")
					.param(note)
					.query(LocalDate.class)
					.single();
		stage(drinking, "ACTION", noteDay, "Back on track: I go to the Tuesday group again.", note, worker);
		long rent = issue(jamie, "paying the rent", null, null, worker, today.minusDays(90));
		stage(rent, "CONTEMPLATION", today.minusDays(90), "I know I should sort out the arrears.", null, worker);
		stage(rent, "PREPARATION", today.minusDays(30), "I'll set up a standing order when my money comes in.", null,
				worker);

		Long peggy = id("select id from service_user where legal_name = 'Margaret O''Neill'");
		if (peggy != null) {
			long going = issue(peggy, "going out more", null, null, worker, today.minusDays(60));
			stage(going, "CONTEMPLATION", today.minusDays(60), "I'd like to get to the lunch club.", null, worker);
			stage(going, "PREPARATION", today.minusDays(20), "Found out which bus goes there.", null, worker);
		}
		Long abdi = id("select id from service_user where legal_name = 'Abdi Hassan Warsame'");
		if (abdi != null) {
			long owed = issue(abdi, "asking for the money back", "THIRD_PARTY",
					"Names his cousin, who has not agreed to it being shared.", worker, today.minusDays(40));
			stage(owed, "CONTEMPLATION", today.minusDays(40), null, null, worker);
		}
	}

	private long issue(long person, String name, String withheldReason, String detail, long by, LocalDate on) {
		return this.jdbc.sql("""
				insert into cycle_issue (service_user_id, name, withheld, withheld_reason, withheld_detail, created_at,
				  created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person, name, withheldReason != null, withheldReason, detail, Timestamp.valueOf(on.atTime(11, 0)),
					by)
			.query(Long.class)
			.single();
	}

	private void stage(long issue, String stage, LocalDate on, String words, Long note, long by) {
		this.jdbc.sql("""
				insert into cycle_stage (issue_id, stage, stage_on, their_words, contact_note_id, recorded_at,
				  recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(issue, stage, on, words, note, Timestamp.valueOf(on.atTime(15, 0)), by).update();
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
