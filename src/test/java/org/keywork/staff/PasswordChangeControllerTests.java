package org.keywork.staff;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class PasswordChangeControllerTests {

	static final String FIRST = "copper kettle meadow 71";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	String createdPeer() throws Exception {
		String username = "peer." + System.nanoTime();
		Long teamId = accounts.findTeamIds(accounts.findByUsernameIgnoreCase("peer").orElseThrow().getId()).get(0);
		mvc.perform(post("/admin/accounts/new").with(users.as("admin"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Pat Peer")
			.param("role", "PEER")
			.param("teamIds", teamId.toString())
			.param("password", FIRST)).andExpect(status().isFound());
		// a peer account signs in once a second administrator approves it (ADR 021)
		String second = "second.admin." + System.nanoTime();
		jdbc.sql(
				"insert into account (username, display_name, password_hash, role) values (?, 'Second Admin', 'x', 'ADMIN')")
			.param(second)
			.update();
		Long approval = jdbc.sql("""
				select p.id from account_change_approval p join account a on a.id = p.account_id
				where a.username = ? and p.status = 'PENDING'
				""").param(username).query(Long.class).single();
		mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(second)))
			.andExpect(redirectedUrl("/admin/approvals"));
		return username;
	}

	MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	@Test
	void wrongCurrentPasswordIsRefused() throws Exception {
		String username = createdPeer();
		MockHttpSession session = signIn(username, FIRST);
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "not my password at all")
			.param("newPassword", "lantern orchard pebble 9")
			.param("confirmPassword", "lantern orchard pebble 9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your current password is not right")));
		assertThat(accounts.findByUsernameIgnoreCase(username).orElseThrow().isMustChangePassword()).isTrue();
	}

	@Test
	void guessingTheCurrentPasswordLocksTheAccountAndEndsTheSession() throws Exception {
		String username = createdPeer();
		MockHttpSession session = signIn(username, FIRST);
		guessWrong(session, 4);
		change(session, "guess number 5").andExpect(redirectedUrl("/login?locked"));
		assertThat(users.openSessions(username)).isZero();
		// locked: even the right password is refused now, with the answer every failed
		// sign-in gets (ADR 004)
		mvc.perform(formLogin().user(username).password(FIRST))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void changingThePasswordClearsEarlierWrongGuesses() throws Exception {
		String username = createdPeer();
		MockHttpSession session = signIn(username, FIRST);
		guessWrong(session, 4);
		change(session, FIRST).andExpect(redirectedUrl("/"));
		// one wrong sign-in after that is one failure, not the fifth
		mvc.perform(formLogin().user(username).password("wrong again")).andExpect(redirectedUrl("/login?error"));
		signIn(username, "lantern orchard pebble 9");
	}

	private void guessWrong(MockHttpSession session, int times) throws Exception {
		for (int i = 1; i <= times; i++) {
			change(session, "guess number " + i).andExpect(status().isOk());
		}
	}

	private ResultActions change(MockHttpSession session, String currentPassword) throws Exception {
		return mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", currentPassword)
			.param("newPassword", "lantern orchard pebble 9")
			.param("confirmPassword", "lantern orchard pebble 9"));
	}

	@Test
	void newPasswordMustFollowThePolicyDifferAndMatch() throws Exception {
		String username = createdPeer();
		MockHttpSession session = signIn(username, FIRST);
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", FIRST)
			.param("newPassword", FIRST)
			.param("confirmPassword", FIRST))
			.andExpect(content().string(containsString("different from your current one")));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", FIRST)
			.param("newPassword", "tooshort")
			.param("confirmPassword", "tooshort"))
			.andExpect(content().string(containsString("at least 12 characters")));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", FIRST)
			.param("newPassword", "lantern orchard pebble 9")
			.param("confirmPassword", "lantern orchard pebble 8"))
			.andExpect(content().string(containsString("href=\"#confirmPassword\"")));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
	}

}
