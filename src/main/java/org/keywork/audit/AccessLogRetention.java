package org.keywork.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;

import org.keywork.web.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the access log for {@code keywork.access-log.retention} (a {@link Period}, seven
 * years unless set otherwise) and deletes older rows once a day
 * ({@code keywork.access-log.clean-up-cron}, 03:17 by default), in batches so that no
 * single statement holds the table for long (ADR 020).
 */
@Component
class AccessLogRetention {

	private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

	static final int BATCH = 5_000;

	private final AccessLog accessLog;

	private final Clock clock;

	private final Dates dates;

	private final Period retention;

	AccessLogRetention(AccessLog accessLog, Clock clock, Dates dates,
			@Value("${keywork.access-log.retention:P7Y}") Period retention) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("keywork.access-log.retention must be a positive period");
		}
		this.accessLog = accessLog;
		this.clock = clock;
		this.dates = dates;
		this.retention = retention;
	}

	@Scheduled(cron = "${keywork.access-log.clean-up-cron:0 17 3 * * *}")
	void cleanUp() {
		cleanUp(BATCH);
	}

	/** Deletes every row older than the retention period, a batch at a time. */
	int cleanUp(int batch) {
		Instant cutoff = cutoff();
		int total = 0;
		int deleted;
		do {
			deleted = this.accessLog.deleteOlderThan(cutoff, batch);
			total += deleted;
		}
		while (deleted == batch);
		if (total > 0) {
			log.info("Access log clean-up: {} rows older than {} deleted", total, cutoff);
		}
		return total;
	}

	/** The oldest moment still kept: now, in the service's time zone, less the period. */
	Instant cutoff() {
		return ZonedDateTime.now(this.clock.withZone(this.dates.zone())).minus(this.retention).toInstant();
	}

}
