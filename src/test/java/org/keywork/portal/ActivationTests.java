package org.keywork.portal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.security.LoginThrottle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.mock.web.MockHttpSession;
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
		return issue(as, false);
	}

	/**
	 * A new code; {@code confirmClose}: the worker ticked that it closes an account in
	 * use.
	 */
	PortalAccounts.IssuedCode issue(String as, boolean confirmClose) throws Exception {
		var request = post("/service-users/" + person + "/portal-account").with(csrf()).with(users.as(as));
		if (confirmClose) {
			request.param("confirmClose", "true");
		}
		MvcResult result = mvc.perform(request).andExpect(status().isFound()).andReturn();
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
			// locked: even the right code is refused, with the answer every failure gets
			// (ADR 004)
			MvcResult locked = activate(issued.username(), issued.code(), PASSWORD);
			assertThat(locked.getResponse().getStatus()).isEqualTo(200);
			assertThat(locked.getResponse().getContentAsString()).contains(FAILED);
			mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(unauthenticated());
			try (TestClock.Moved later = clock.movedBy(LoginThrottle.LOCK_DURATION.plusMinutes(1))) {
				assertThat(activate(issued.username(), issued.code(), PASSWORD).getResponse().getRedirectedUrl())
					.isEqualTo("/login");
			}
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
	class NoEnumeration {

		static final int ROUNDS = 12;

		@Autowired
		LoginThrottle throttle;

		@Autowired
		PasswordEncoder encoder;

		/** The form as shown after a failure, without its CSRF token. */
		String answer(MvcResult result) throws Exception {
			return result.getResponse()
				.getContentAsString()
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
				.replaceAll("value=\"[^\"]*\"", "");
		}

		@Test
		void aWrongCodeForAPendingAccountAndAnUnknownUsernameLookAndTakeTheSame() throws Exception {
			String pending = issue("worker").username();
			String unknown = PortalUsernames.generate();
			Map<Boolean, List<Long>> times = new HashMap<>();
			Map<Boolean, String> answers = new HashMap<>();
			List<Long> hashing = new ArrayList<>();
			String someHash = encoder.encode("SOMECODE23");
			for (int round = 0; round < ROUNDS + 2; round++) {
				for (int k = 0; k < 2; k++) {
					boolean exists = (round + k) % 2 == 0;
					String username = exists ? pending : unknown;
					throttle.unlock("activate:" + username);
					long start = System.nanoTime();
					MvcResult result = activate(username, "WRONG-CODE" + (round % 10), PASSWORD);
					long took = System.nanoTime() - start;
					assertThat(result.getResponse().getStatus()).isEqualTo(200);
					assertThat(result.getResponse().getContentAsString()).contains(FAILED);
					if (round >= 2) {
						times.computeIfAbsent(exists, e -> new ArrayList<>()).add(took);
					}
					answers.put(exists, answer(result));
				}
				long start = System.nanoTime();
				encoder.matches("WRONGCODE" + round, someHash);
				if (round >= 2) {
					hashing.add(System.nanoTime() - start);
				}
			}
			assertThat(answers.get(true)).isEqualTo(answers.get(false));
			long oneHash = median(hashing);
			long real = median(times.get(true));
			long none = median(times.get(false));
			String report = "medians (ms): pending " + real / 1_000_000 + ", unknown " + none / 1_000_000
					+ ", one hash comparison " + oneHash / 1_000_000;
			assertThat(Math.min(real, none)).as(report).isGreaterThan(oneHash * 6 / 10);
			assertThat(Math.abs(real - none)).as(report)
				.isLessThanOrEqualTo(Math.max(40_000_000L, Math.max(real, none) * 3 / 10));
		}

		@Test
		void anUnknownUsernameLocksLikeAPendingOne() throws Exception {
			String unknown = PortalUsernames.generate();
			for (int i = 0; i < 5; i++) {
				activate(unknown, "WRONG-CODE" + i, PASSWORD);
			}
			assertThat(throttle.isLocked("activate:" + unknown)).isTrue();
		}

		@Test
		void newUsernamesCannotBeGuessedFromTheNameOrReference() throws Exception {
			person = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Bartholomew Portal"), "worker",
					LocalDate.now().minusMonths(1));
			PortalAccounts.IssuedCode issued = issue("worker");
			String reference = jdbc.sql("select reference from service_user where id = ?")
				.param(person)
				.query(String.class)
				.single();
			assertThat(issued.username()).matches(PortalUsernames.PATTERN)
				.doesNotContainIgnoringCase("bartholomew")
				.doesNotContain(reference.replaceAll("\\D", "").replaceFirst("^0+(?=\\d)", ""));
			assertThat(PortalUsernames.generate()).isNotEqualTo(PortalUsernames.generate());
		}

	}

	static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	@Nested
	class TheAccount {

		@Test
		void deactivatingStopsSignInAndRevokesCodes() throws Exception {
			PortalAccounts.IssuedCode issued = issue("worker");
			activate(issued.username(), issued.code(), PASSWORD);
			PortalAccounts.IssuedCode pending = issue("worker", true);
			mvc.perform(post("/service-users/" + person + "/portal-account/deactivate").with(csrf())
				.with(users.as("worker"))).andExpect(redirectedUrl("/service-users/" + person + "/portal-account"));
			mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(unauthenticated());
			assertThat(activate(pending.username(), pending.code(), PASSWORD).getResponse().getContentAsString())
				.contains(FAILED);
		}

		@Test
		void aNewCodeForAnAccountInUseMustBeConfirmedThenClosesItAndThePersonIsTold() throws Exception {
			PortalAccounts.IssuedCode issued = issue("worker");
			activate(issued.username(), issued.code(), PASSWORD);
			MockHttpSession persons = signIn(issued.username(), PASSWORD);
			mvc.perform(get("/my-support").session(persons))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"account-closed\""))));

			// the page says what a new code does to an account in use, and asks
			mvc.perform(get("/service-users/" + person + "/portal-account").with(users.as("worker")))
				.andExpect(content().string(containsString("A new code closes it straight away")))
				.andExpect(content().string(containsString("name=\"confirmClose\"")));
			// not confirmed: nothing changes
			mvc.perform(post("/service-users/" + person + "/portal-account").with(csrf()).with(users.as("worker")))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Confirm that you understand a new code closes")));
			assertThat(codes()).isEqualTo(1);
			assertThat(enabled(issued.username())).isTrue();
			mvc.perform(get("/my-support").session(persons)).andExpect(status().isOk());

			// confirmed: the account closes, its session ends at the next request, the
			// old
			// password stops working
			// (a passkey the person had added to the account in use)
			jdbc.sql("insert into user_entities (id, name, display_name) values (?, ?, 'Person')")
				.params("handle-" + issued.username(), issued.username())
				.update();
			jdbc.sql("""
					insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible,
					                              backup_state, label)
					values (?, ?, '\\x00', false, false, 'Phone')
					""").params("credential-" + issued.username(), "handle-" + issued.username()).update();
			PortalAccounts.IssuedCode fresh = issue("worker", true);
			assertThat(fresh.username()).isEqualTo(issued.username());
			assertThat(enabled(issued.username())).isFalse();
			// its passkeys go with it: whoever added one cannot sign back in with it
			assertThat(jdbc.sql("select count(*) from user_credentials where credential_id = ?")
				.param("credential-" + issued.username())
				.query(Long.class)
				.single()).isZero();
			mvc.perform(get("/my-support").session(persons)).andExpect(redirectedUrl("/login?error"));
			mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(unauthenticated());

			// with the new code the person is told, in plain words, what happened and
			// when
			String newPassword = "kettle on the windowsill";
			assertThat(activate(fresh.username(), fresh.code(), newPassword).getResponse().getRedirectedUrl())
				.isEqualTo("/login");
			MockHttpSession again = signIn(fresh.username(), newPassword);
			mvc.perform(get("/my-support").session(again))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"account-closed\"")))
				.andExpect(content().string(containsString("That closed the portal account you had before")))
				.andExpect(content().string(
						containsString(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
							.format(LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"))))));
			// and no longer once a month has passed
			try (TestClock.Moved later = clock.movedBy(Duration.ofDays(31))) {
				mvc.perform(get("/my-support").with(users.as(fresh.username())))
					.andExpect(content().string(not(containsString("id=\"account-closed\""))));
			}
		}

		@Test
		void aNewCodeForAnAccountNotInUseNeedsNoConfirming() throws Exception {
			PortalAccounts.IssuedCode first = issue("worker");
			PortalAccounts.IssuedCode second = issue("worker");
			assertThat(second.username()).isEqualTo(first.username());
			assertThat(jdbc.sql("""
					select count(*) from activation_code c join account a on a.id = c.account_id
					where a.service_user_id = ? and c.closed_active_account
					""").param(person).query(Long.class).single()).isZero();
		}

		private MockHttpSession signIn(String username, String password) throws Exception {
			return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
				.andExpect(authenticated())
				.andReturn()
				.getRequest()
				.getSession(false);
		}

		private long codes() {
			return jdbc.sql("""
					select count(*) from activation_code c join account a on a.id = c.account_id
					where a.service_user_id = ?
					""").param(person).query(Long.class).single();
		}

		private boolean enabled(String username) {
			return jdbc.sql("select enabled from account where username = ?")
				.param(username)
				.query(Boolean.class)
				.single();
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
