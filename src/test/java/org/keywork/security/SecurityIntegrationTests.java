package org.keywork.security;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Nested
	class SignIn {

		@Test
		void anonymousRequestIsSentToSignIn() throws Exception {
			mvc.perform(get("/service-users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}

		@Test
		void demoWorkerSignsInAndLandsOnCaseload() throws Exception {
			mvc.perform(formLogin().user("worker").password("keywork-demo-2026")).andExpect(redirectedUrl("/"));
		}

		@Test
		void wrongPasswordIsRefusedWithoutSayingWhy() throws Exception {
			mvc.perform(formLogin().user("worker").password("not-the-password-at-all"))
				.andExpect(redirectedUrl("/login?error"));
		}

	}

	@Nested
	class Deactivation {

		@Test
		void aDeactivatedAccountLosesItsOpenSessionAtOnce() throws Exception {
			String username = "leaver-" + Long.toString(System.nanoTime(), 36);
			jdbc.sql("""
					insert into account (username, display_name, password_hash, role)
					values (?, 'Leaver (test)', ?, 'WORKER')
					""").params(username, encoder.encode("a long enough passphrase here")).update();
			MockHttpSession session = (MockHttpSession) mvc
				.perform(formLogin().user(username).password("a long enough passphrase here"))
				.andReturn()
				.getRequest()
				.getSession(false);
			mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
			jdbc.sql("update account set enabled = false where username = ?").param(username).update();
			mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login?error"));
			assertThat(users.openSessions(username)).isZero();
		}

		@Test
		void aPasswordResetByAnAdministratorEndsTheOpenSession() throws Exception {
			String username = "reset-" + Long.toString(System.nanoTime(), 36);
			jdbc.sql("""
					insert into account (username, display_name, password_hash, role)
					values (?, 'Reset (test)', ?, 'WORKER')
					""").params(username, encoder.encode("a long enough passphrase here")).update();
			MockHttpSession session = (MockHttpSession) mvc
				.perform(formLogin().user(username).password("a long enough passphrase here"))
				.andReturn()
				.getRequest()
				.getSession(false);
			mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
			jdbc.sql("update account set password_hash = ?, must_change_password = true where username = ?")
				.params(encoder.encode("a temporary passphrase"), username)
				.update();
			mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login?error"));
		}

	}

	@Nested
	class Headers {

		@Test
		void pagesCarrySecurityHeaders() throws Exception {
			mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("Referrer-Policy", "same-origin"))
				.andExpect(header().string("Cache-Control", containsString("no-store")));
		}

	}

	@Nested
	class Csrf {

		@Test
		void forgedLoginPostWithoutTokenDoesNotSignIn() throws Exception {
			mvc.perform(post("/login").param("username", "worker").param("password", "keywork-demo-2026"))
				.andExpect(redirectedUrl("/login?expired"))
				.andExpect(unauthenticated());
		}

		@Test
		void signedInPostWithoutTokenIsForbidden() throws Exception {
			MockHttpSession session = (MockHttpSession) mvc
				.perform(formLogin().user("worker").password("keywork-demo-2026"))
				.andReturn()
				.getRequest()
				.getSession(false);
			// a page with a form puts a CSRF token in the session, as any page the person
			// had open would
			mvc.perform(get("/login").session(session)).andExpect(status().isOk());
			mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
			// still signed in
			mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
		}

	}

}
