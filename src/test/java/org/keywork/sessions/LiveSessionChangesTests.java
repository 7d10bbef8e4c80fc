package org.keywork.sessions;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestTeams;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change to an account reaches its open sessions (held in the database, ADR 017) at
 * their next request: role, teams, enabled state, password. Each test signs in for real
 * (form login) and changes the account behind the session's back, as an administrator on
 * another node would.
 */
@KeyworkTest
class LiveSessionChangesTests {

	private static final String PASSWORD = "a long enough passphrase here";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DemoIds demo;

	@Autowired
	TestUsers users;

	private String username;

	private long account(String role) {
		this.username = "live-" + Long.toString(System.nanoTime(), 36);
		long id = this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, 'Live session (test)', ?, ?) returning id
				""").params(this.username, this.encoder.encode(PASSWORD), role).query(Long.class).single();
		TestTeams.addMember(this.jdbc, this.demo.north(), id);
		return id;
	}

	private MockHttpSession signIn() throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(this.username).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	@Test
	void aDemotedManagersOpenSessionLosesManagerPagesAtItsNextRequest() throws Exception {
		long id = account("MANAGER");
		MockHttpSession session = signIn();
		this.mvc.perform(get("/team").session(session)).andExpect(status().isOk());
		this.jdbc.sql("update account set role = 'WORKER' where id = ?").param(id).update();
		this.mvc.perform(get("/team").session(session)).andExpect(status().isForbidden());
		// still signed in, now as a worker
		this.mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
	}

	@Test
	void aPromotedWorkersOpenSessionGainsManagerPagesAtItsNextRequest() throws Exception {
		long id = account("WORKER");
		MockHttpSession session = signIn();
		this.mvc.perform(get("/team").session(session)).andExpect(status().isForbidden());
		this.jdbc.sql("update account set role = 'MANAGER' where id = ?").param(id).update();
		this.mvc.perform(get("/team").session(session)).andExpect(status().isOk());
	}

	@Test
	void aDisabledAccountsOpenSessionIsSignedOutAtItsNextRequest() throws Exception {
		long id = account("WORKER");
		MockHttpSession session = signIn();
		this.mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
		this.jdbc.sql("update account set enabled = false where id = ?").param(id).update();
		this.mvc.perform(get("/caseload").session(session)).andExpect(redirectedUrl("/login?error"));
		assertThat(this.users.openSessions(this.username)).isZero();
		this.mvc.perform(get("/caseload").session(session)).andExpect(status().isFound());
	}

	@Test
	void aTeamTakenAwayClosesItsPeopleAtTheNextRequest() throws Exception {
		long id = account("WORKER");
		MockHttpSession session = signIn();
		long jamie = this.demo.jamie();
		this.mvc.perform(get("/service-users/{id}", jamie).session(session)).andExpect(status().isOk());
		this.jdbc.sql("delete from account_team where account_id = ?").param(id).update();
		this.mvc.perform(get("/service-users/{id}", jamie).session(session)).andExpect(status().isNotFound());
	}

	@Test
	void changingYourOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		account("WORKER");
		MockHttpSession here = signIn();
		MockHttpSession elsewhere = signIn();
		assertThat(this.users.openSessions(this.username)).isEqualTo(2);
		this.mvc
			.perform(post("/account/password").session(here)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "lantern orchard pebble 93")
				.param("confirmPassword", "lantern orchard pebble 93"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/caseload").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/caseload").session(elsewhere)).andExpect(redirectedUrl("/login?error"));
		assertThat(this.users.openSessions(this.username)).isEqualTo(1);
	}

}
