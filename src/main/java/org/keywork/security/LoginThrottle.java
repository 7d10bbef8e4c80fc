package org.keywork.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for 15 minutes after 5 failed sign-ins in a row. Counted per username
 * as typed, whether or not an account has that name, so the lockout message never reveals
 * which usernames exist.
 */
@Component
public class LoginThrottle {

	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LoginThrottle(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	public boolean isLocked(String username) {
		return this.jdbc.sql("select count(*) from login_attempt where username_key = ? and locked_until > ?")
			.params(key(username), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Counts a failed sign-in.
	 * @return whether the username is now locked
	 */
	@Transactional
	public boolean recordFailure(String username) {
		Instant now = this.clock.instant();
		Timestamp nowTs = Timestamp.from(now);
		String key = key(username);
		// a lock that has run out starts the count again
		this.jdbc
			.sql("""
					insert into login_attempt (username_key, failures, locked_until, last_failure) values (?, 1, null, ?)
					on conflict (username_key) do update set
					  failures = case when login_attempt.locked_until is not null and login_attempt.locked_until <= excluded.last_failure
					                  then 1 else login_attempt.failures + 1 end,
					  locked_until = case when login_attempt.locked_until is not null and login_attempt.locked_until <= excluded.last_failure
					                  then null else login_attempt.locked_until end,
					  last_failure = excluded.last_failure
					""")
			.params(key, nowTs)
			.update();
		int locked = this.jdbc.sql("""
				update login_attempt set locked_until = ?, failures = 0
				where username_key = ? and failures >= ?
				""").params(Timestamp.from(now.plus(LOCK_DURATION)), key, MAX_FAILURES).update();
		if (locked > 0) {
			this.events.publishEvent(new SignInLockedOut(username));
		}
		return locked > 0 || isLocked(username);
	}

	public void recordSuccess(String username) {
		this.jdbc.sql("delete from login_attempt where username_key = ?").param(key(username)).update();
	}

	/** Lifts a lock, for example after an administrator resets the password. */
	public void unlock(String username) {
		recordSuccess(username);
	}

	/**
	 * The username as counted: trimmed, lower case, at most 60 characters, and without
	 * NULs (PostgreSQL refuses them).
	 */
	private static String key(String username) {
		String trimmed = username == null ? "" : username.replace("\u0000", "").trim().toLowerCase(Locale.ROOT);
		return trimmed.length() > 60 ? trimmed.substring(0, 60) : trimmed;
	}

}
