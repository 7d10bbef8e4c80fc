package org.keywork.demo;

import java.math.BigDecimal;
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
 * Demo welfare benefits and an early warning: Jamie Brooks has Universal Credit awarded,
 * with a reassessment due within the week (a benefit under review), and is applying for
 * PIP; Peggy (Margaret O'Neill, on the demo worker's caseload) has her Housing Benefit
 * suspended, so her early warning shows at once, its checklist half done. Runs once: not
 * when any benefit exists.
 */
@Component
@Profile("demo")
@Order(16)
class BenefitsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenefitsDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	BenefitsDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from welfare_benefit").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long jamie = person("Jamie Brooks");
		if (worker == null || jamie == null) {
			return;
		}
		log.info("Loading demo welfare benefits and an early warning");
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		Long uc = benefit(jamie, "UNIVERSAL_CREDIT", "APPLYING", today.minusMonths(9), null, null, null,
				"Claimed online with the keyworker at the library.", worker);
		status(uc, "AWARDED", today.minusMonths(8), worker);
		this.jdbc.sql("""
				update welfare_benefit set status = 'AWARDED', status_since = ?, amount = ?, period = 'MONTHLY',
				  review_on = ?, notes = ? where id = ?
				""")
			.params(today.minusMonths(8), new BigDecimal("393.45"), today.plusDays(5),
					"Work capability reassessment: the DWP letter asks for the health form back before the date.", uc)
			.update();
		benefit(jamie, "PIP", "APPLYING", today.minusDays(40), null, null, null,
				"Form sent; waiting for the assessment date.", worker);
		Long peggy = person("Margaret O'Neill");
		if (peggy == null) {
			return;
		}
		benefit(peggy, "PENSION_CREDIT", "AWARDED", today.minusYears(3), new BigDecimal("218.15"), "WEEKLY", null, null,
				worker);
		Long hb = benefit(peggy, "HOUSING_BENEFIT", "AWARDED", today.minusYears(5), new BigDecimal("104.20"), "WEEKLY",
				null, null, worker);
		LocalDate suspended = today.minusDays(12);
		status(hb, "SUSPENDED", suspended, worker);
		this.jdbc.sql("""
				update welfare_benefit set status = 'SUSPENDED', status_since = ?, notes = ? where id = ?
				""")
			.params(suspended, "The council suspended it when the change of circumstances form went missing.", hb)
			.update();
		Long warning = this.jdbc.sql("""
				insert into early_warning (service_user_id, opened_at, opened_by) values (?, ?, ?) returning id
				""")
			.params(peggy, Timestamp.from(this.clock.instant().minusSeconds(10 * 86400)), worker)
			.query(Long.class)
			.single();
		step(warning, "TALK", today.minusDays(10), "Peggy and her keyworker",
				"Peggy is worried; she did send the form. We will ask the council for a copy.", worker);
		step(warning, "CHECK_BENEFITS", today.minusDays(9), "Keyworker",
				"Called the council: the form is found, payment should restart. Pension Credit is right.", worker);
		step(warning, "LANDLORD", null, null, null, null);
		step(warning, "REPAYMENT_PLAN", null, null, null, null);
		step(warning, "AUTOMATED_PAYMENT", null, null, null, null);
	}

	private Long benefit(Long person, String type, String status, LocalDate since, BigDecimal amount, String period,
			LocalDate review, String notes, Long by) {
		Long id = this.jdbc.sql("""
				insert into welfare_benefit (service_user_id, benefit, status, status_since, amount, period, review_on,
				  notes, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person, type, status, since, amount, period, review, notes, Timestamp.from(this.clock.instant()),
					by)
			.query(Long.class)
			.single();
		status(id, status, since, by);
		return id;
	}

	private void status(Long benefit, String status, LocalDate since, Long by) {
		this.jdbc.sql("""
				insert into welfare_benefit_status (benefit_id, status, status_since, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?)
				""").params(benefit, status, since, Timestamp.from(this.clock.instant()), by).update();
	}

	private void step(Long warning, String step, LocalDate doneOn, String who, String note, Long by) {
		this.jdbc.sql("""
				insert into early_warning_step (warning_id, step, done, done_on, who, note, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(warning, step, doneOn != null, doneOn, who, note,
					by == null ? null : Timestamp.from(this.clock.instant()), by)
			.update();
	}

	private Long person(String legalName) {
		return this.jdbc.sql("select id from service_user where legal_name = ?")
			.param(legalName)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
