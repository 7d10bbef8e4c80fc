package org.keywork.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
 * Gives the demo service user (Jamie Brooks, keyworker {@code worker}) a believable
 * portal: how to reach their keyworker and peer, a couple of their own comments on their
 * Action Plan, feedback over a few months (from other North people too, and a little from
 * City), an answered and an open keyworker request from other North people, and
 * access-log rows. Runs once: does nothing if any feedback exists.
 */
@Component
@Profile("demo")
@Order(3)
class PortalDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PortalDemoSeeder.class);

	private static final String[] COMMENTS = { "Sam always texts before coming round, which really helps.",
			"I'd like more help with forms. The letters make my head spin.",
			"Things are better since I moved in. Still lonely some evenings.",
			"Dee's group rides are the best part of my week.", "Sometimes I wait a long time for a call back.",
			"They treat me like a person, not a case number." };

	private final JdbcClient jdbc;

	private final Clock clock;

	PortalDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from feedback").query(Long.class).single() > 0) {
			return;
		}
		Long jamie = this.jdbc.sql("select service_user_id from account where lower(username) = 'serviceuser'")
			.query(Long.class)
			.optional()
			.orElse(null);
		Long jamieAccount = id("serviceuser");
		Long worker = id("worker");
		Long manager = id("manager");
		Long peer = id("peer");
		if (jamie == null || jamieAccount == null || worker == null || manager == null) {
			return;
		}
		log.info("Loading demo portal data");
		this.jdbc.sql("update account set work_phone = ?, contact_hours = ? where id = ?")
			.params("07700 900123", "Monday to Friday, 9am to 5pm. A text is fine and I will call you back.", worker)
			.update();
		if (peer != null) {
			this.jdbc.sql("update account set work_phone = ?, contact_hours = ? where id = ?")
				.params("07700 900124", "Tuesdays and Thursdays; group rides on Saturday mornings.", peer)
				.update();
		}

		comments(jamie, jamieAccount);

		long north = this.jdbc.sql("select team_id from service_user where id = ?")
			.param(jamie)
			.query(Long.class)
			.single();
		feedback(jamie, north, jamieAccount, 75, 4, 3, 4, 3,
				"Sam always texts before coming round, which really helps.");
		feedback(jamie, north, jamieAccount, 40, 4, 4, 5, 4, null);
		feedback(jamie, north, jamieAccount, 8, 5, 4, 5, 4, "The bike workshop was a great idea. Thank you.");
		List<Long> others = this.jdbc.sql("""
				select id from service_user where team_id = ? and id <> ? and status = 'ACTIVE' order by id limit 6
				""").params(north, jamie).query(Long.class).list();
		for (int i = 0; i < others.size(); i++) {
			int days = 12 + i * 17;
			feedback(others.get(i), north, manager, days, 3 + i % 3, 2 + (i + 1) % 4, 4 + i % 2, 3 + i % 3,
					COMMENTS[(i + 1) % COMMENTS.length]);
		}
		List<Long[]> city = this.jdbc.sql("""
				select su.id, su.team_id from service_user su join team t on t.id = su.team_id
				where t.name = ? and su.status = 'ACTIVE' order by su.id limit 2
				""").param(DemoDataSeeder.CITY).query((rs, i) -> new Long[] { rs.getLong(1), rs.getLong(2) }).list();
		Long cityManager = id("citymanager");
		for (int i = 0; i < city.size() && cityManager != null; i++) {
			feedback(city.get(i)[0], city.get(i)[1], cityManager, 20 + i * 30, 4, 4, 4, 3,
					"Priya helped me sort out my council tax.");
		}

		if (others.size() >= 2) {
			this.jdbc.sql("""
					insert into keyworker_request (service_user_id, team_id, reason, status, requested_at, requested_by,
					  answered_at, answered_by, answer)
					values (?, ?, ?, 'DECLINED', ?, ?, ?, ?, ?)
					""")
				.params(others.get(0), north,
						"I'd like someone who can come after 5pm because I've started a course in the daytime.",
						ts(daysAgo(30)), manager, ts(daysAgo(27)), manager,
						"We can't change your keyworker right now, but Jordan will cover your evening visits on Wednesdays from next week. Let's talk at your review.")
				.update();
			this.jdbc.sql("""
					insert into keyworker_request (service_user_id, team_id, reason, status, requested_at, requested_by)
					values (?, ?, ?, 'OPEN', ?, ?)
					""")
				.params(others.get(1), north, "I would feel more comfortable talking to a woman about some things.",
						ts(daysAgo(2)), manager)
				.update();
		}

		accessLog(jamie, north, worker, "WORKER", new int[] { 1, 3, 3, 8, 15 },
				new String[] { "/service-users/{id}", "/service-users/{id}/action-plan",
						"/service-users/{id}/safety-plan", "/service-users/{id}",
						"/service-users/{id}/support-overview" });
		if (peer != null) {
			accessLog(jamie, north, peer, "PEER", new int[] { 2, 9 },
					new String[] { "/service-users/{id}", "/service-users/{id}/action-plan" });
		}
		accessLog(jamie, north, manager, "MANAGER", new int[] { 6 }, new String[] { "/service-users/{id}" });
		log.info("Demo portal data loaded");
	}

	private void comments(long jamie, long account) {
		String bikeGoal = this.jdbc.sql("""
				select g ->> 'id' from support_record r, jsonb_array_elements(r.content -> 'goals') g
				where r.service_user_id = ? and r.kind = 'ACTION_PLAN' and g ->> 'area' = 'MEANINGFUL_TIME'
				order by r.version_number desc limit 1
				""").param(jamie).query(String.class).optional().orElse(null);
		if (bikeGoal != null) {
			comment(jamie, bikeGoal, "Found a lock at the market for a fiver. Lights next payday!", account, 5);
		}
		comment(jamie, null, "I like that the steps are small. It makes it feel doable.", account, 12);
	}

	private void comment(long jamie, String target, String text, long account, int daysAgo) {
		this.jdbc.sql("""
				insert into record_comment (service_user_id, kind, target_id, text, author_account_id, created_at)
				values (?, 'ACTION_PLAN', ?, ?, ?, ?)
				""").params(jamie, target, text, account, ts(daysAgo(daysAgo))).update();
	}

	private void feedback(long person, long team, long account, int daysAgo, int listened, int support, int respect,
			int helping, String comment) {
		LocalDate on = LocalDate.now(this.clock).minusDays(daysAgo);
		this.jdbc.sql("""
				insert into feedback (service_user_id, team_id, listened_to, support_when_needed, respected, helping,
				  comment, given_on, created_at, account_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(person, team, listened, support, respect, helping, comment, Date.valueOf(on), ts(daysAgo(daysAgo)),
					account)
			.update();
	}

	private void accessLog(long person, long team, long account, String role, int[] daysAgo, String[] pages) {
		for (int i = 0; i < daysAgo.length; i++) {
			this.jdbc.sql("""
					insert into access_log (account_id, role, team_id, service_user_id, page, occurred_at)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(account, role, team, person, pages[i], ts(daysAgo(daysAgo[i]).minus(3, ChronoUnit.HOURS)))
				.update();
		}
	}

	private Long id(String username) {
		return this.jdbc.sql("select id from account where lower(username) = ?")
			.param(username)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Instant daysAgo(long days) {
		return this.clock.instant().minus(days, ChronoUnit.DAYS);
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
