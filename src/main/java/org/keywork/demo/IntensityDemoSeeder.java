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
 * Support intensity (issue 14), so the levels, a crisis and an overdue referral show at
 * once: each demo team gets its default targets; Jamie Brooks went from intensive (when
 * they moved in) to standard; Tomasz Kowalczyk is stepped up for a crisis until next
 * week; Kayleigh Dawson is on light support and Ronald Pike is moving on; Colin
 * Fairweather, still referred, was referred ten days ago and has had no contact, so the
 * weekly rule shows him overdue. Runs once: not when any level exists.
 */
@Component
@Profile("demo")
@Order(7)
class IntensityDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IntensityDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	IntensityDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from intensity_change").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long manager = id("select id from account where lower(username) = 'manager'");
		Long jamie = person("Jamie Brooks");
		if (worker == null || manager == null || jamie == null) {
			return;
		}
		log.info("Loading demo support intensity");
		this.jdbc
			.sql("""
					insert into intensity_default (team_id, level, contact_days, review_days)
					select t.id, l.level, case l.level when 'STANDARD' then t.contact_frequency_days else l.days end, l.review
					from team t cross join (values ('INTENSIVE', 3, 28), ('STANDARD', 7, 91), ('LIGHT', 14, 91),
					    ('MOVING_ON', 28, 182)) as l(level, days, review)
					on conflict do nothing
					""")
			.update();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		level(jamie, "INTENSIVE", "Just moved in from the night shelter: settling in, benefits and GP to sort.",
				today.minusDays(180), worker);
		level(jamie, "STANDARD", "Settled in the flat; the tenancy is going well and the rent is paid on time.",
				today.minusDays(90), manager);
		Long tom = person("Tomasz Kowalczyk");
		if (tom != null) {
			level(tom, "STANDARD", "Weekly visits as agreed at the start of support.", today.minusDays(120), worker);
			this.jdbc.sql("""
					insert into intensity_crisis (service_user_id, reason, starts_on, ends_on, started_at, started_by)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(tom, "Notice to quit from the landlord after a complaint; worried about losing the flat.",
						today.minusDays(3), today.plusDays(7), at(today.minusDays(3)), worker)
				.update();
		}
		Long kay = person("Kayleigh Dawson");
		if (kay != null) {
			level(kay, "LIGHT", "Working part time and managing well; fortnightly contact suits her.",
					today.minusDays(40), worker);
		}
		Long ron = person("Ronald Pike");
		if (ron != null) {
			level(ron, "MOVING_ON", "Ready to move on to a council flat; contact as he prepares.", today.minusDays(20),
					worker);
		}
		Long colin = person("Colin Fairweather");
		if (colin != null) {
			this.jdbc.sql("update service_user set referred_on = ? where id = ?")
				.params(today.minusDays(10), colin)
				.update();
		}
	}

	private void level(long person, String level, String reason, LocalDate day, long by) {
		this.jdbc.sql("""
				insert into intensity_change (service_user_id, level, reason, changed_at, changed_by)
				values (?, ?, ?, ?, ?)
				""").params(person, level, reason, at(day), by).update();
	}

	private Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(10, 30).atZone(ZoneId.of("Europe/London")).toInstant());
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
