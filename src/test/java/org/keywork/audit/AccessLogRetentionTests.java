package org.keywork.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log is kept for the retention period (seven years by default) and the daily
 * clean-up deletes what is older, in batches, by the application's clock.
 */
@KeyworkTest
class AccessLogRetentionTests {

	@Autowired
	AccessLogRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	DemoIds ids;

	@Test
	void rowsOlderThanSevenYearsGoAndNewerOnesStay() {
		Instant now = clock.instant();
		Instant sevenYearsAgo = ZonedDateTime.now(clock).minusYears(7).toInstant();
		long old1 = row(sevenYearsAgo.minus(Duration.ofDays(30)));
		long old2 = row(sevenYearsAgo.minus(Duration.ofDays(2)));
		long old3 = row(sevenYearsAgo.minus(Duration.ofHours(1)));
		long soonOld = row(sevenYearsAgo.plus(Duration.ofHours(12)));
		long kept = row(sevenYearsAgo.plus(Duration.ofDays(3)));
		long recent = row(now);

		assertThat(retention.cleanUp(2)).as("three old rows, in batches of two").isGreaterThanOrEqualTo(3);
		assertThat(exists(old1)).isFalse();
		assertThat(exists(old2)).isFalse();
		assertThat(exists(old3)).isFalse();
		assertThat(exists(soonOld)).isTrue();
		assertThat(exists(kept)).isTrue();
		assertThat(exists(recent)).isTrue();

		try (TestClock.Moved tomorrow = clock.movedBy(Duration.ofDays(1))) {
			retention.cleanUp();
			assertThat(exists(soonOld)).as("a day later it is past seven years").isFalse();
			assertThat(exists(kept)).isTrue();
			assertThat(exists(recent)).isTrue();
		}
	}

	private long row(Instant at) {
		return jdbc.sql("""
				insert into access_log (account_id, role, service_user_id, page, occurred_at)
				select a.id, 'WORKER', ?, '/service-users/{id}', ? from account a where a.username = 'worker'
				returning id""").params(ids.personOf("serviceuser"), Timestamp.from(at)).query(Long.class).single();
	}

	private boolean exists(long id) {
		return jdbc.sql("select count(*) from access_log where id = ?").param(id).query(Long.class).single() > 0;
	}

}
