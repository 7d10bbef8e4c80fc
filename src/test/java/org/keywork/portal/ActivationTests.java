package org.keywork.portal;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Getting a person into the portal: a one-time code, valid 7 days, single use, stored
 * only as a hash.
 */
@KeyworkTest
class ActivationTests {

	static final String PASSWORD = "bike ride to the coast";

	static final String FAILED = "The username or code is not right";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	long person;

	@BeforeEach
	void aPerson() throws Exception {
		person = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Ada Portal"), "worker",
				LocalDate.now().minusMonths(1));
	}

	PortalAccounts.IssuedCode issue(String as) throws Exception {
		MvcResult result = mvc
			.perform(post("/service-users/" + person + "/portal-account").with(csrf()).with(users.as(as)))
			.andExpect(status().isFound())
			.andReturn();
		return (PortalAccounts.IssuedCode) result.getFlashMap().get("issued");
	}

	MvcResult activate(String username, String code, String password) throws Exception {
		return mvc
			.perform(post("/activate").with(csrf())
				.param("username", username)
				.param("code", code)
				.param("password", password)
				.param("confirmPassword", password))
			.andReturn();
	}

	@Nested
	class TheCode {

		@Test
		void worksOnceAndOnlyOnce() throws Exception {
			PortalAccounts.IssuedCode issued = issue("worker");
			assertThat(issued.code()).matches("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}");
			assertThat(jdbc.sql(
					"select code_hash from activation_code c join account a on a.id = c.account_id where a.service_user_id = ?")
				.param(person)
				.query(String.class)
				.single()).doesNotContain(issued.code().replace("-", ""));
			// the account cannot sign in before activation
			mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(unauthenticated());

			MvcResult first = activate(issued.username(), issued.code().toLowerCase(), PASSWORD);
			assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login");
			mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(authenticated());

			MvcResult second = activate(issued.username(), issued.code(), "another long passphrase");
			assertThat(second.getResponse().getStatus()).isEqualTo(200);
			assertThat(second.getResponse().getContentAsString()).contains(FAILED);
			mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(authenticated());
		}

		@Test
		void wrongOrExpiredCodesFailWithOneMessage() throws Exception {
			PortalAccounts.IssuedCode issued = issue("worker");
			assertThat(activate(issued.username(), "ABCDE-FGHJK", PASSWORD).getResponse().getContentAsString())
				.contains(FAILED);
			assertThat(activate("nobody-" + person, issued.code(), PASSWORD).getResponse().getContentAsString())
				.contains(FAILED);
			// a code is valid for 7 days: no longer a minute after, still a minute before
			try (TestClock.Moved past = clock.movedBy(Duration.ofDays(7).plusMinutes(1))) {
				assertThat(activate(issued.username(), issued.code(), PASSWORD).getResponse().getContentAsString())
					.contains(FAILED);
			}
			try (TestClock.Moved almost = clock.movedBy(Duration.ofDays(7).minusMinutes(1))) {
				assertThat(activate(issued.username(), issued.code(), PASSWORD).getResponse().getRedirectedUrl())
					.isEqualTo("/login");
			}
		}

		@Test
		void aNewCodeReplacesTheOldOne() throws Exception {
			PortalAccounts.IssuedCode first = issue("worker");
			PortalAccounts.IssuedCode second = issue("manager");
			assertThat(second.username()).isEqualTo(first.username());
			assertThat(activate(first.username(), first.code(), PASSWORD).getResponse().getContentAsString())
				.contains(FAILED);
			assertThat(activate(second.username(), second.code(), PASSWORD).getResponse().getRedirectedUrl())
				.isEqualTo("/login");
		}

		@Test
		void locksAfterFiveFailures() throws Exception {
			PortalAccounts.IssuedCode issued = issue("worker");
			for (int i = 0; i < 5; i++) {
				activate(issued.username(), "WRONG-CODE" + i, PASSWORD);
			}
			assertThat(activate(issued.username(), issued.code(), PASSWORD).getResponse().getContentAsString())
				.contains("Too many tries");
		}

		@Test
		void aWeakPasswordIsRefusedWithoutUsingTheCode() throws Exception {
			PortalAccounts.IssuedCode issued = issue("worker");
			assertThat(activate(issued.username(), issued.code(), "short").getResponse().getContentAsString())
				.contains("at least 12 characters");
			assertThat(activate(issued.username(), issued.code(), PASSWORD).getResponse().getRedirectedUrl())
				.isEqualTo("/login");
		}

	}

	@Nested
	class TheAccount {

		@Test
		void deactivatingStopsSignInAndRevokesCodes() throws Exception {
			PortalAccounts.IssuedCode issued = issue("worker");
			activate(issued.username(), issued.code(), PASSWORD);
			PortalAccounts.IssuedCode pending = issue("worker");
			mvc.perform(post("/service-users/" + person + "/portal-account/deactivate").with(csrf())
				.with(users.as("worker"))).andExpect(redirectedUrl("/service-users/" + person + "/portal-account"));
			mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(unauthenticated());
			assertThat(activate(pending.username(), pending.code(), PASSWORD).getResponse().getContentAsString())
				.contains(FAILED);
		}

		@Test
		void theActivationPageIsOpenAndThePortalAccountPageIsForStaffOfTheTeam() throws Exception {
			mvc.perform(get("/activate")).andExpect(status().isOk());
			mvc.perform(get("/service-users/" + person).with(users.as("worker")))
				.andExpect(content().string(containsString("/service-users/" + person + "/portal-account")));
			mvc.perform(get("/service-users/" + person + "/portal-account").with(users.as("worker")))
				.andExpect(status().isOk());
			mvc.perform(get("/service-users/" + person + "/portal-account").with(users.as("worker2")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/service-users/" + person + "/portal-account").with(csrf()).with(users.as("citymanager")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/service-users/" + person + "/portal-account").with(csrf()).with(users.as("admin")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/service-users/" + person + "/portal-account").with(users.as("worker")))
				.andExpect(content().string(not(containsString("One-time code"))));
		}

	}

}
