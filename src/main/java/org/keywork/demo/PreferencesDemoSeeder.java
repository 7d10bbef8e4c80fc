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
 * Demo engagement preferences, varied: Jamie Brooks told us theirs in the portal (a café
 * or a walk, informal, as little paperwork as possible); Peggy likes a group (the lunch
 * club) and a formal visit at home; Lee one-to-one, outdoors, staff only; Kay little
 * paperwork, letters read out; Tom the office, one-to-one. Fictional, like every demo
 * person. Runs once: not when any preferences exist.
 */
@Component
@Profile("demo")
@Order(14)
class PreferencesDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PreferencesDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	PreferencesDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from engagement_preference").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		if (worker == null) {
			return;
		}
		Long jamieAccount = id("select id from account where lower(username) = 'serviceuser'");
		log.info("Loading demo engagement preferences");
		Instant now = this.clock.instant();
		seed("Jamie Brooks", "CAFE,OUTDOORS,PHONE", "After 11am. A text the day before, please.", "INFORMAL",
				"AS_LITTLE_AS_POSSIBLE", "EITHER", "WELCOME", "Rosie's café on the High Street is good for me.",
				jamieAccount != null ? jamieAccount : worker, now.minus(Duration.ofDays(12)));
		seed("Margaret O'Neill", "HOME", "Weekday afternoons", "FORMAL", "HAPPY_WITH_IT", "GROUP", "WELCOME",
				"Face me when you speak: I am hard of hearing. I like the lunch club.", worker,
				now.minus(Duration.ofDays(40)));
		seed("Lee Harrington", "OUTDOORS,PHONE", "Mornings", "INFORMAL", "NO_PREFERENCE", "ONE_TO_ONE", "STAFF_ONLY",
				"Not in offices: a walk by the canal works best.", worker, now.minus(Duration.ofDays(20)));
		seed("Kayleigh Dawson", "HOME,CAFE", null, "INFORMAL", "AS_LITTLE_AS_POSSIBLE", "EITHER", "WELCOME",
				"Read letters out to me rather than leaving them.", worker, now.minus(Duration.ofDays(5)));
		seed("Tomasz Kowalczyk", "OFFICE,VIDEO", "Evenings after work, or Saturdays", "NO_PREFERENCE", "HAPPY_WITH_IT",
				"ONE_TO_ONE", "NO_PREFERENCE", "Polish for anything complicated, please.", worker,
				now.minus(Duration.ofDays(60)));
	}

	private void seed(String legalName, String meetAt, String bestTimes, String style, String paperwork,
			String groupWork, String peers, String other, Long by, Instant at) {
		Long person = this.jdbc.sql("select id from service_user where legal_name = :name")
			.param("name", legalName)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (person == null) {
			return;
		}
		this.jdbc.sql("""
				insert into engagement_preference (service_user_id, meet_at, best_times, style, paperwork, group_work,
				       peers_volunteers, other, changed_at, changed_by)
				values (:person, :meetAt, :bestTimes, :style, :paperwork, :groupWork, :peers, :other, :at, :by)
				""")
			.param("person", person)
			.param("meetAt", meetAt)
			.param("bestTimes", bestTimes)
			.param("style", style)
			.param("paperwork", paperwork)
			.param("groupWork", groupWork)
			.param("peers", peers)
			.param("other", other)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
		this.jdbc.sql("""
				insert into engagement_preference_change (service_user_id, changed_at, changed_by)
				values (:person, :at, :by)
				""").param("person", person).param("at", Timestamp.from(at)).param("by", by).update();
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
