package org.keywork.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo teams, accounts and about 40 fictional people the first time the app
 * starts with the {@code demo} profile (it is on under {@code ./mvnw spring-boot:run},
 * never in production). Does nothing if the demo admin account already exists, so
 * restarts keep whatever was changed while trying Keywork.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

	static final String PASSWORD = "keywork-demo-2026";

	static final String NORTH = "North Housing First";

	static final String CITY = "City Floating Support";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	DemoDataSeeder(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean seeded = this.jdbc.sql("select count(*) from account where lower(username) = 'admin'")
			.query(Long.class)
			.single() > 0;
		if (seeded) {
			return;
		}
		log.info("Loading demo data (fictional people, demo accounts)");
		long north = team(NORTH, 7);
		long city = team(CITY, 7);
		String hash = this.encoder.encode(PASSWORD);
		long admin = account("admin", "Alex Admin (demo)", "ADMIN", hash);
		long manager = account("manager", "Morgan Reid (demo)", "MANAGER", hash, north);
		long worker = account("worker", "Sam Okafor (demo)", "WORKER", hash, north);
		long worker2 = account("worker2", "Priya Nair (demo)", "WORKER", hash, city);
		long northWorker3 = account("jordan", "Jordan Ellis (demo)", "WORKER", hash, north);
		long cityManager = account("citymanager", "Chris Lowe (demo)", "MANAGER", hash, city);
		long peer = account("peer", "Dee Walsh (demo)", "PEER", hash, north);

		Map<Long, Long> keyworkerByTeam = new HashMap<>();
		keyworkerByTeam.put(north, worker);
		keyworkerByTeam.put(city, worker2);
		List<DemoPeople.Person> people = DemoPeople.all();
		long first = 0;
		for (int i = 0; i < people.size(); i++) {
			DemoPeople.Person p = people.get(i);
			long teamId = p.north() ? north : city;
			Long keyworker = switch (p.keyworker()) {
				case 0 -> null;
				case 1 -> keyworkerByTeam.get(teamId);
				default -> p.north() ? northWorker3 : cityManager;
			};
			long id = person(p, teamId, keyworker, p.north() ? manager : cityManager);
			if (i == 0) {
				first = id;
			}
		}
		// The first North person is the one the demo peer and the demo service user see.
		// linked with Jamie's agreement, to see the Action Plan and the shared notes (not
		// the Support Overview)
		this.jdbc.sql("""
				insert into peer_link (service_user_id, peer_id, started_at, created_by, consent_given_on,
				  consent_recorded_by, scope)
				values (?, ?, ?, ?, ?, ?, 'NOTES')
				""")
			.params(first, peer, ts(daysAgo(60)), worker,
					java.sql.Date.valueOf(LocalDate.now(this.clock).minusDays(60)), worker)
			.update();
		this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role, service_user_id)
				values ('serviceuser', 'Jamie Brooks (demo)', ?, 'SERVICE_USER', ?)
				""").params(hash, first).update();
		log.info("Demo data loaded: {} people; admin account id {}", people.size(), admin);
	}

	private long person(DemoPeople.Person p, long teamId, Long keyworker, long createdBy) {
		long seq = this.jdbc.sql("select nextval('service_user_reference_seq')").query(Long.class).single();
		LocalDate start = p.status().equals("REFERRED") ? null : LocalDate.now(this.clock).minusDays(p.daysSupported());
		LocalDate end = p.status().equals("MOVED_ON") ? LocalDate.now(this.clock).minusDays(p.daysSupported() / 5)
				: null;
		Instant created = daysAgo(p.daysSupported() + 7);
		long id = this.jdbc.sql("""
				insert into service_user (reference, legal_name, preferred_name, pronouns, date_of_birth, phone, email,
				  address, languages, communication_needs, team_id, status, support_start, support_end, move_on_reason,
				  keyworker_id, created_at, created_by, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id
				""")
			.params("KW-%06d".formatted(seq), p.legalName(), p.preferredName(), p.pronouns(), Date.valueOf(p.dob()),
					p.phone(), null, p.address(), p.languages(), p.communicationNeeds(), teamId, p.status(),
					start == null ? null : Date.valueOf(start), end == null ? null : Date.valueOf(end),
					end == null ? null : "Moved into a housing association flat with no ongoing support needs",
					keyworker, ts(created), createdBy, ts(created), createdBy)
			.query(Long.class)
			.single();
		if (keyworker != null) {
			if (p.daysSupported() > 120) {
				// an earlier keyworker, and a switch the person asked for
				Instant switched = daysAgo(p.daysSupported() / 2);
				this.jdbc
					.sql("""
							insert into keyworker_assignment (service_user_id, keyworker_id, started_at, ended_at, reason, changed_by)
							values (?, ?, ?, ?, 'Keyworker at the start of support', ?)
							""")
					.params(id, createdBy, ts(created), ts(switched), createdBy)
					.update();
				this.jdbc.sql("""
						insert into keyworker_assignment (service_user_id, keyworker_id, started_at, reason, changed_by)
						values (?, ?, ?, 'The person asked for a keyworker who could visit in the evenings', ?)
						""").params(id, keyworker, ts(switched), createdBy).update();
			}
			else {
				this.jdbc.sql("""
						insert into keyworker_assignment (service_user_id, keyworker_id, started_at, reason, changed_by)
						values (?, ?, ?, 'Keyworker at the start of support', ?)
						""").params(id, keyworker, ts(created), createdBy).update();
			}
		}
		return id;
	}

	private long team(String name, int contactDays) {
		return this.jdbc.sql("insert into team (name, contact_frequency_days) values (?, ?) returning id")
			.params(name, contactDays)
			.query(Long.class)
			.single();
	}

	private long account(String username, String name, String role, String hash, long... teams) {
		long id = this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role) values (?, ?, ?, ?) returning id
				""").params(username, name, hash, role).query(Long.class).single();
		for (long team : teams) {
			this.jdbc.sql("insert into account_team (account_id, team_id) values (?, ?)").params(id, team).update();
		}
		return id;
	}

	private Instant daysAgo(long days) {
		return this.clock.instant().minus(days, ChronoUnit.DAYS);
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
