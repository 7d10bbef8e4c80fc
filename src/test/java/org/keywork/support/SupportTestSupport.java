package org.keywork.support;

import java.util.concurrent.atomic.AtomicLong;

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

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	private final MockMvc mvc;

	private final TestUsers users;

	private final JdbcClient jdbc;

	SupportTestSupport(MockMvc mvc, TestUsers users, JdbcClient jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	static String unique(String base) {
		return base + " " + Long.toString(UNIQUE.incrementAndGet(), 36);
	}

	/** A new person in North Housing First, created by {@code worker}. */
	long person(String name) throws Exception {
		long north = this.jdbc.sql("select id from team where name = 'North Housing First'").query(Long.class).single();
		String location = this.mvc
			.perform(post("/service-users").with(csrf())
				.with(this.users.as("worker"))
				.param("legalName", name)
				.param("dateOfBirth", "1980-03-03")
				.param("teamId", String.valueOf(north))
				.param("status", "ACTIVE")
				.param("supportStart", "2026-01-05")
				.param("keyworkerId", String.valueOf(accountId("worker"))))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
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
		return this.jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	/**
	 * Links the demo peer with the person's agreement and the narrowest scope (the Action
	 * Plan only).
	 */
	void linkPeer(long personId) throws Exception {
		linkPeer(personId, "ACTION_PLAN");
	}

	void linkPeer(long personId, String scope) throws Exception {
		this.mvc
			.perform(post("/service-users/" + personId + "/peers").with(csrf())
				.with(this.users.as("worker"))
				.param("peerId", String.valueOf(accountId("peer")))
				.param("consent", "true")
				.param("consentGivenOn", java.time.LocalDate.now().minusDays(1).toString())
				.param("scope", scope))
			.andExpect(status().isFound());
	}

}
