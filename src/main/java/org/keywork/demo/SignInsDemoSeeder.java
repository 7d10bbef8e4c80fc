package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
 * A short demo sign-in history (ADR 020) for every demo account, so *Your sign-in
 * history* and the administrators' view have something to show at once: sign-ins over the
 * last days from a laptop and a phone, and, for {@code worker}, a mistyped password the
 * day before. Runs once: not when any sign-in is recorded.
 */
@Component
@Profile("demo")
@Order(40)
class SignInsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SignInsDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInsDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from sign_in_event").query(Long.class).single() > 0) {
			return;
		}
		log.info("Loading a demo sign-in history");
		Instant now = this.clock.instant();
		for (String username : new String[] { "admin", "manager", "citymanager", "worker", "jordan", "worker2", "peer",
				"serviceuser" }) {
			event(username, "SUCCESS", "Firefox/Windows", now.minus(Duration.ofDays(3).plusHours(2)));
			event(username, "SUCCESS", "Safari/iOS", now.minus(Duration.ofDays(1).plusHours(5)));
		}
		event("worker", "FAILURE", "Chrome/Android", now.minus(Duration.ofDays(1).plusHours(1)));
		event("worker", "SUCCESS", "Chrome/Android", now.minus(Duration.ofDays(1)));
	}

	private void event(String username, String outcome, String device, Instant at) {
		this.jdbc.sql("""
				insert into sign_in_event (account_id, occurred_at, outcome, device)
				select id, ?, ?, ? from account where lower(username) = ?
				""").params(Timestamp.from(at), outcome, device, username).update();
	}

}
