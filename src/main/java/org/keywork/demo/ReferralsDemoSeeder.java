package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Clock;

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
 * A small directory of neutral, made-up agencies with their services and contacts, so
 * referrals and consents have somewhere to point on a fresh start. Runs once: not when
 * any agency exists.
 */
@Component
@Profile("demo")
@Order(12)
class ReferralsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferralsDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	ReferralsDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from agency").query(Long.class).single() > 0) {
			return;
		}
		log.info("Loading demo agencies");
		agency("Riverside Health Centre", "HEALTH", "12 Mill Lane, Northtown", "01632 960100", null,
				new String[] { "GP registration", "Nurse clinic" },
				new String[][] { { "Sam Patel", "Practice manager", "01632 960101", null } });
		agency("Northtown Recovery Service", "DRUGS_ALCOHOL", "4 Station Road, Northtown", "01632 960200",
				"hello@recovery.example.org", new String[] { "Drop-in", "Key working", "Peer support group" },
				new String[][] {
						{ "Alex Morgan", "Referrals coordinator", "01632 960201", "alex@recovery.example.org" } });
		agency("Money Advice Point", "BENEFITS_DEBT", "Town Hall, Northtown", "01632 960300", null,
				new String[] { "Benefits check", "Debt advice" }, new String[][] {});
		agency("Open Door Learning", "EMPLOYMENT_LEARNING", null, "01632 960400", "info@opendoor.example.org",
				new String[] { "Basic skills courses", "Volunteering placements" }, new String[][] {});
		agency("Talking Space", "MENTAL_HEALTH", "21 Park Street, Northtown", "01632 960500", null,
				new String[] { "Talking therapy", "Wellbeing café" },
				new String[][] { { "Chris Lee", "Duty worker", "01632 960501", null } });
	}

	private void agency(String name, String kind, String address, String phone, String email, String[] services,
			String[][] contacts) {
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into agency (name, kind, address, phone, email, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""").params(name, kind, address, phone, email, now, now).query(Long.class).single();
		int position = 10;
		for (String service : services) {
			this.jdbc.sql("insert into agency_service (agency_id, name, position) values (?, ?, ?)")
				.params(id, service, position)
				.update();
			position += 10;
		}
		position = 10;
		for (String[] contact : contacts) {
			this.jdbc.sql(
					"insert into agency_contact (agency_id, name, role, phone, email, position) values (?, ?, ?, ?, ?, ?)")
				.params(id, contact[0], contact[1], contact[2], contact[3], position)
				.update();
			position += 10;
		}
	}

}
