package org.keywork;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Makes people for a test through the real "add a person" form, so counts a test relies
 * on are its own.
 */
public final class TestPeople {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	private TestPeople() {
	}

	public static String uniqueName(String base) {
		return base + " " + Long.toString(UNIQUE.incrementAndGet(), 36);
	}

	/**
	 * An active person in North Housing First whose keyworker is the given account,
	 * created by the demo worker.
	 */
	public static long activeInNorth(MockMvc mvc, TestUsers users, JdbcClient jdbc, String name, String keyworker,
			LocalDate supportStart) throws Exception {
		long north = jdbc.sql("select id from team where name = 'North Housing First'").query(Long.class).single();
		long keyworkerId = jdbc.sql("select id from account where username = ?")
			.param(keyworker)
			.query(Long.class)
			.single();
		String location = mvc
			.perform(post("/service-users").with(csrf())
				.with(users.as("worker"))
				.param("legalName", name)
				.param("teamId", String.valueOf(north))
				.param("status", "ACTIVE")
				.param("supportStart", supportStart.toString())
				.param("keyworkerId", String.valueOf(keyworkerId))
				.param("notADuplicate", "true"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
