package org.keywork.support;

import java.time.LocalDate;

import org.keywork.DemoIds;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Making people and records for the support-record tests, through the app as the demo
 * worker would.
 */
final class SupportTestSupport {

	private final MockMvc mvc;

	private final TestUsers users;

	private final JdbcClient jdbc;

	SupportTestSupport(MockMvc mvc, TestUsers users, JdbcClient jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	static String unique(String base) {
		return TestPeople.uniqueName(base);
	}

	/** A new person in North Housing First, created by {@code worker}. */
	long person(String name) throws Exception {
		return TestPeople.named(name)
			.dateOfBirth(LocalDate.of(1980, 3, 3))
			.supportStart(LocalDate.of(2026, 1, 5))
			.save(this.mvc, this.users, this.jdbc);
	}

	/** Starts a record for the person as {@code worker}. */
	void start(long personId, String slug) throws Exception {
		this.mvc
			.perform(post("/service-users/" + personId + "/" + slug + "/start").with(csrf())
				.with(this.users.as("worker")))
			.andExpect(status().isFound());
	}

	long version(long personId, String kind) {
		return this.jdbc.sql("""
				select version from support_record where service_user_id = ? and kind = ?
				order by version_number desc limit 1
				""").params(personId, kind).query(Long.class).single();
	}

	String content(long personId, String kind) {
		return this.jdbc.sql("""
				select content::text from support_record where service_user_id = ? and kind = ?
				order by version_number desc limit 1
				""").params(personId, kind).query(String.class).single();
	}

	long accountId(String username) {
		return new DemoIds(this.jdbc).account(username);
	}

	/**
	 * Links the demo peer with the person's agreement and the narrowest scope (the Action
	 * Plan only).
	 */
	void linkPeer(long personId) throws Exception {
		linkPeer(personId, "ACTION_PLAN");
	}

	void linkPeer(long personId, String scope) throws Exception {
		TestPeople.peer("peer").linkedTo(personId).scope(scope).save(this.mvc, this.users, this.jdbc);
	}

}
