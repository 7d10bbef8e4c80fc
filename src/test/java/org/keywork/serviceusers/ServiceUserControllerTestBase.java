package org.keywork.serviceusers;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.keywork.DemoIds;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tests of a person's record pages share (creating, who may see, editing,
 * keyworkers, peers): the demo teams and requests that create and edit a person.
 */
abstract class ServiceUserControllerTestBase {

	static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	long north;

	long city;

	@BeforeEach
	void teams() {
		north = teamId("North Housing First");
		city = teamId("City Floating Support");
	}

	MockHttpServletRequestBuilder create(String name, String dob) {
		return post("/service-users").with(csrf())
			.param("legalName", name)
			.param("dateOfBirth", dob)
			.param("teamId", String.valueOf(north))
			.param("status", "REFERRED")
			.param("keyworkerId", String.valueOf(accountId("worker")));
	}

	MockHttpServletRequestBuilder edit(long id, String name, String preferred, long version) {
		return post("/service-users/" + id).with(csrf())
			.param("legalName", name)
			.param("preferredName", preferred)
			.param("teamId", String.valueOf(north))
			.param("status", "REFERRED")
			.param("version", String.valueOf(version));
	}

	long createdBy(String username, String name) throws Exception {
		String location = mvc.perform(create(name, "1970-01-01").with(users.as(username)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static String uniqueName(String base) {
		return base + " " + Long.toString(UNIQUE.incrementAndGet(), 36);
	}

	long countNamed(String name) {
		return jdbc.sql("select count(*) from service_user where legal_name = ?")
			.param(name)
			.query(Long.class)
			.single();
	}

	long version(long id) {
		return jdbc.sql("select version from service_user where id = ?").param(id).query(Long.class).single();
	}

	long teamId(String name) {
		return ids.team(name);
	}

	String displayName(String username) {
		return jdbc.sql("select display_name from account where username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	long accountId(String username) {
		return ids.account(username);
	}

	long demoPerson(String legalName) {
		return ids.person(legalName);
	}

}
