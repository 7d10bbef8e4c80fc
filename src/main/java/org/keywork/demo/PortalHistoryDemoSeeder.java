package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

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
 * Gives the demo service user (Jamie Brooks) something on every newer portal page at
 * once: the motivational- interviewing prompts on their latest shared note (Planning
 * among them), and one thing they told us is wrong in their details, waiting on their
 * keyworker's caseload. (Their achievements, two keyworkers with reasons and an agreed
 * plan with two versions and their comment come from the other demo seeders.) Runs once:
 * not when Jamie has told us anything yet.
 */
@Component
@Profile("demo")
@Order(4)
class PortalHistoryDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PortalHistoryDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	PortalHistoryDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long jamie = this.jdbc.sql("select service_user_id from account where lower(username) = 'serviceuser'")
			.query(Long.class)
			.optional()
			.orElse(null);
		Long account = this.jdbc.sql("select id from account where lower(username) = 'serviceuser'")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (jamie == null || account == null
				|| this.jdbc.sql("select count(*) from details_correction where service_user_id = ?")
					.param(jamie)
					.query(Long.class)
					.single() > 0) {
			return;
		}
		log.info("Loading demo portal history for the demo service user");
		this.jdbc.sql("""
				update contact_note set mi_engaging = ?, mi_focusing = ?, mi_evoking = ?, mi_planning = ?
				where id = (select n.id from contact_note n join account a on a.id = n.author_id
				            where n.service_user_id = ? and n.shared and not n.restricted and a.role = 'WORKER'
				              and n.type <> 'ATTEMPTED_NO_ANSWER'
				            order by n.contact_at desc limit 1)
				""")
			.params("Caught up over a cup of tea; Bruno said hello at the door.",
					"Money: getting through to payday without borrowing.",
					"Jamie said having the rent paid first thing makes the whole month feel calmer.",
					"Jamie will look at the bus pass form this week; I will bring a printed copy on Thursday.", jamie)
			.update();
		this.jdbc.sql("""
				insert into details_correction (service_user_id, what_is_wrong, created_at, created_by)
				values (?, ?, ?, ?)
				""")
			.params(jamie, "My email address is missing. It is jamie.b@example.org (made up for the demo).",
					Timestamp.from(this.clock.instant().minus(2, ChronoUnit.DAYS)), account)
			.update();
	}

}
