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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second demo administrator, {@code admin2}, so what {@code admin} asks for another
 * administrator can approve (ADR 021); and a new peer account, {@code newpeer} in City
 * Floating Support, that {@code admin} made yesterday and that cannot sign in until
 * {@code admin2} approves it. Runs once, also on a demo database loaded before.
 */
@Component
@Profile("demo")
@Order(41)
class ApprovalsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ApprovalsDemoSeeder.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	ApprovalsDemoSeeder(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long admin = this.jdbc.sql("select id from account where username = 'admin'")
			.query(Long.class)
			.optional()
			.orElse(null);
		Long city = this.jdbc.sql("select id from team where name = ?")
			.param(DemoDataSeeder.CITY)
			.query(Long.class)
			.optional()
			.orElse(null);
		boolean done = this.jdbc.sql("select count(*) from account where username in ('admin2', 'newpeer')")
			.query(Long.class)
			.single() > 0;
		if (admin == null || city == null || done) {
			return;
		}
		String hash = this.encoder.encode(DemoDataSeeder.PASSWORD);
		this.jdbc
			.sql("""
					insert into account (username, display_name, password_hash, role) values ('admin2', 'Ash Patel (demo)', ?, 'ADMIN')
					""")
			.param(hash)
			.update();
		long newPeer = this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role, enabled, must_change_password)
				values ('newpeer', 'Taylor Quinn (demo)', ?, 'PEER', false, true) returning id
				""").param(hash).query(Long.class).single();
		this.jdbc.sql("insert into account_team (account_id, team_id) values (?, ?)").params(newPeer, city).update();
		this.jdbc.sql("""
				insert into account_change_approval (account_id, kind, role, team_ids, requested_by, requested_at)
				values (?, 'NEW_ACCOUNT', 'PEER', ?, ?, ?)
				""")
			.params(newPeer, new Long[] { city }, admin, Timestamp.from(this.clock.instant().minus(1, ChronoUnit.DAYS)))
			.update();
		log.info("Demo approvals loaded: a second administrator and a new account {} waiting for approval", newPeer);
	}

}
