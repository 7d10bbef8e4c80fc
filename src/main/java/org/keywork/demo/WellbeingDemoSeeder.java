package org.keywork.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.keywork.wellbeing.Scale;
import org.keywork.wellbeing.WellbeingScoring;
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
 * Wellbeing histories, so the trend, the person's page, the portal, the due readings and
 * the team view show something at once: Jamie Brooks has four SWEMWBS readings over the
 * last year, going up with one dip (the latest filled in by Jamie in the portal); Peggy
 * O'Neill has three WEMWBS readings and her next one is overdue; Tom Kowalczyk has two
 * SWEMWBS readings. Runs once: not when any wellbeing reading exists.
 */
@Component
@Profile("demo")
@Order(6)
class WellbeingDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WellbeingDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	WellbeingDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from wellbeing_reading").query(Long.class).single() > 0) {
			return;
		}
		Long worker = account("worker");
		Long jamieAccount = account("serviceuser");
		Long jamie = person("Jamie Brooks");
		if (worker == null || jamie == null) {
			return;
		}
		log.info("Loading demo wellbeing readings");
		LocalDate today = LocalDate.now(this.clock);
		reading(jamie, Scale.SWEMWBS, today.minusDays(340), 19, worker, false);
		reading(jamie, Scale.SWEMWBS, today.minusDays(250), 22, worker, false);
		reading(jamie, Scale.SWEMWBS, today.minusDays(160), 21, worker, false);
		reading(jamie, Scale.SWEMWBS, today.minusDays(45), 26, jamieAccount == null ? worker : jamieAccount,
				jamieAccount != null);
		Long peggy = person("Margaret O'Neill");
		if (peggy != null) {
			Long keyworker = keyworker(peggy, worker);
			reading(peggy, Scale.WEMWBS, today.minusDays(300), 38, keyworker, false);
			reading(peggy, Scale.WEMWBS, today.minusDays(205), 43, keyworker, false);
			// the next was due three months after this one: overdue now
			reading(peggy, Scale.WEMWBS, today.minusDays(130), 47, keyworker, false);
		}
		Long tom = person("Tomasz Kowalczyk");
		if (tom != null) {
			Long keyworker = keyworker(tom, worker);
			reading(tom, Scale.SWEMWBS, today.minusDays(85), 15, keyworker, false);
			reading(tom, Scale.SWEMWBS, today.minusDays(5), 18, keyworker, false);
		}
	}

	/** A reading whose answers add up to {@code raw}, spread as evenly as they go. */
	private void reading(long person, Scale scale, LocalDate takenOn, int raw, long by, boolean byThePerson) {
		List<Integer> statements = this.jdbc
			.sql("select statement_number from wellbeing_scale_statement where scale_code = ? order by position")
			.param(scale.name())
			.query(Integer.class)
			.list();
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < statements.size(); i++) {
			answers.add(raw / statements.size() + (i < raw % statements.size() ? 1 : 0));
		}
		BigDecimal score = WellbeingScoring.score(scale, answers).orElseThrow();
		long id = this.jdbc.sql("""
				insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total, score,
				  created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person, scale.name(), Date.valueOf(takenOn), byThePerson ? "PERSON" : "WORKER", raw, score,
					Timestamp.from(takenOn.atTime(11, 0).toInstant(ZoneOffset.UTC)), by)
			.query(Long.class)
			.single();
		for (int i = 0; i < statements.size(); i++) {
			this.jdbc.sql("insert into wellbeing_answer (reading_id, statement_number, answer) values (?, ?, ?)")
				.params(id, statements.get(i), answers.get(i))
				.update();
		}
	}

	private Long account(String username) {
		return this.jdbc.sql("select id from account where lower(username) = ?")
			.param(username)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long person(String legalName) {
		return this.jdbc.sql("select id from service_user where legal_name = ?")
			.param(legalName)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long keyworker(long person, long fallback) {
		return this.jdbc.sql("select coalesce(keyworker_id, ?) from service_user where id = ?")
			.params(fallback, person)
			.query(Long.class)
			.single();
	}

}
