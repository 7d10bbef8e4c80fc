package org.keywork.twofactor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestUsers;
import org.keywork.security.LoginThrottle;
import org.keywork.security.SecondFactorReset;
import org.keywork.security.SecondFactorUsed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second factor for staff (ADR 018), signing in for real (form login) against the
 * real database: a role that requires it is made to enrol, a partly signed-in session
 * opens no page, codes computed here from the secret the page shows complete a sign-in
 * once, wrong codes count toward the lock, recovery codes work once, and an
 * administrator's reset ends the account's sessions.
 */
@KeyworkTest
@RecordApplicationEvents
class SecondFactorTests {

	private static final String PASSWORD = FactorTestAccounts.PASSWORD;

	private static final Pattern SECRET = Pattern.compile("data-secret=\"([A-Z2-7]+)\"");

	private static final Pattern RECOVERY = Pattern.compile("class=\"kw-recovery-code\">([a-z2-9]{5}-[a-z2-9]{5})<");

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

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	LoginThrottle throttle;

	private String username;

	private long accountId;

	@AfterEach
	void demoPolicyAgain() {
		// the demo's policy (every role offered), as the other tests expect it
		this.jdbc.sql("update second_factor_policy set required = false").update();
	}

	private void require(String role) {
		this.jdbc.sql("update second_factor_policy set required = true where role = ?").param(role).update();
	}

	private long account(String role) {
		FactorTestAccounts.Made made = FactorTestAccounts.create("mfa-", role, this.jdbc, this.encoder, this.demo);
		this.username = made.username();
		this.accountId = made.id();
		return this.accountId;
	}

	private MockHttpSession signIn(String expectedRedirect) throws Exception {
		return FactorTestAccounts.signIn(this.mvc, this.username, expectedRedirect);
	}

	private String code(String secret) throws Exception {
		return FactorTestAccounts.code(secret, this.clock);
	}

	/** Sets up an authenticator app in the session; returns its secret. */
	private String enrol(MockHttpSession session, List<String> recoveryCodes) throws Exception {
		// "confirm it's you" first (ADR 018); in a forced first enrolment it is not asked
		// (and the gate sends the request back to the enrolment page)
		this.mvc
			.perform(post("/account/confirm").session(session)
				.with(csrf())
				.param("password", PASSWORD)
				.param("next", "/account/second-factor"))
			.andExpect(redirectedUrl("/account/second-factor"));
		String page = this.mvc.perform(get("/account/second-factor").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("the secret is shown as text").isTrue();
		assertThat(page).contains("otpauth://totp/").contains("data:image/png;base64,");
		String codes = this.mvc
			.perform(post("/account/second-factor").session(session).with(csrf()).param("code", code(secret.group(1))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher each = RECOVERY.matcher(codes);
		List<String> found = new ArrayList<>();
		while (each.find()) {
			found.add(each.group(1));
		}
		assertThat(found).hasSize(10).doesNotHaveDuplicates();
		recoveryCodes.addAll(found);
		return secret.group(1);
	}

	private int failures() {
		return FactorTestAccounts.failures(this.jdbc, this.username);
	}

	@Test
	void aRoleThatRequiresItIsMadeToEnrolAndOpensNothingUntilItHas() throws Exception {
		require("MANAGER");
		account("MANAGER");
		MockHttpSession session = signIn("/account/second-factor");
		for (String page : List.of("/", "/team", "/caseload", "/account/sessions", "/login/second-factor")) {
			this.mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/second-factor"));
		}
		this.mvc.perform(get("/account/second-factor").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/account/passkeys\"")));
		// a wrong code sets nothing up
		this.mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That code did not work")));
		this.mvc.perform(get("/team").session(session)).andExpect(redirectedUrl("/account/second-factor"));
		enrol(session, new ArrayList<>());
		this.mvc.perform(get("/team").session(session)).andExpect(status().isOk());
		assertThat(this.events.stream(SecondFactorUsed.class))
			.contains(new SecondFactorUsed(this.accountId, SecondFactorUsed.Factor.TOTP));
	}

	@Test
	void anEnrolledAccountGivesACodeOnceAndAWrongOrReplayedCodeIsRefused() throws Exception {
		account("WORKER");
		// offered, not required: the password alone signs in until an app is set up
		MockHttpSession first = signIn("/");
		String secret = enrol(first, new ArrayList<>());
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofMinutes(2))) {
			MockHttpSession session = signIn("/login/second-factor");
			for (String page : List.of("/", "/caseload", "/account/sessions", "/account/second-factor",
					"/account/passkeys")) {
				this.mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/login/second-factor"));
			}
			this.mvc
				.perform(post("/account/second-factor/remove").session(session).with(csrf()).param("code", PASSWORD))
				.andExpect(redirectedUrl("/login/second-factor"));
			this.mvc.perform(get("/login/second-factor").session(session)).andExpect(status().isOk());
			int before = failures();
			this.mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "123456"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("That code did not work")));
			assertThat(failures()).as("a wrong code counts like a wrong password").isEqualTo(before + 1);
			String code = code(secret);
			this.mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code))
				.andExpect(redirectedUrl("/"));
			this.mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
			assertThat(failures()).isZero();
			// the same code, again: refused
			MockHttpSession again = signIn("/login/second-factor");
			this.mvc.perform(post("/login/second-factor").session(again).with(csrf()).param("code", code))
				.andExpect(status().isOk());
			this.mvc.perform(get("/caseload").session(again)).andExpect(redirectedUrl("/login/second-factor"));
		}
	}

	@Test
	void fiveWrongCodesLockTheUsernameLikeFiveWrongPasswords() throws Exception {
		account("WORKER");
		enrol(signIn("/"), new ArrayList<>());
		MockHttpSession session = signIn("/login/second-factor");
		for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
			this.mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "99999" + i))
				.andExpect(status().isOk());
		}
		this.mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "999990"))
			.andExpect(redirectedUrl("/login?locked"));
		// and a password alone does not get in again (nor buy more guesses)
		this.mvc.perform(formLogin().user(this.username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aRoleMadeToRequireASecondFactorReachesSessionsAlreadySignedIn() throws Exception {
		account("WORKER");
		MockHttpSession session = signIn("/");
		this.mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
		require("WORKER");
		this.mvc.perform(get("/caseload").session(session)).andExpect(redirectedUrl("/account/second-factor"));
	}

	@Test
	void anotherHalfSignedInSessionCannotKeepGuessingDuringTheLock() throws Exception {
		account("WORKER");
		String secret = enrol(signIn("/"), new ArrayList<>());
		// two sessions past the password, before any wrong code
		MockHttpSession first = signIn("/login/second-factor");
		MockHttpSession second = signIn("/login/second-factor");
		for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
			this.mvc.perform(post("/login/second-factor").session(first).with(csrf()).param("code", "99999" + i));
		}
		// the right code, from the other session, while locked: not even tried
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofSeconds(30))) {
			this.mvc.perform(post("/login/second-factor").session(second).with(csrf()).param("code", code(secret)))
				.andExpect(redirectedUrl("/login?locked"));
			this.mvc.perform(get("/caseload").session(second)).andExpect(status().is3xxRedirection());
		}
		assertThat(this.throttle.isLocked(this.username)).isTrue();
	}

	@Test
	void aRecoveryCodeWorksOnce() throws Exception {
		account("WORKER");
		List<String> codes = new ArrayList<>();
		enrol(signIn("/"), codes);
		MockHttpSession session = signIn("/login/second-factor");
		this.mvc
			.perform(post("/login/second-factor").session(session)
				.with(csrf())
				.param("code", codes.get(0).toUpperCase().replace("-", " ")))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
		assertThat(this.events.stream(SecondFactorUsed.class))
			.contains(new SecondFactorUsed(this.accountId, SecondFactorUsed.Factor.RECOVERY_CODE));
		MockHttpSession again = signIn("/login/second-factor");
		this.mvc.perform(post("/login/second-factor").session(again).with(csrf()).param("code", codes.get(0)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/caseload").session(again)).andExpect(redirectedUrl("/login/second-factor"));
		this.mvc.perform(post("/login/second-factor").session(again).with(csrf()).param("code", codes.get(1)))
			.andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.sql("select code_hash from recovery_code where account_id = ?")
			.param(this.accountId)
			.query(String.class)
			.list()).as("stored hashed, never as typed").hasSize(10).noneMatch(codes::contains);
	}

	@Test
	void settingUpAnAppEndsTheAccountsOtherSessionsButNotThisOne() throws Exception {
		account("WORKER");
		MockHttpSession here = signIn("/");
		MockHttpSession elsewhere = signIn("/");
		enrol(here, new ArrayList<>());
		this.mvc.perform(get("/caseload").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/caseload").session(elsewhere)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anAdministratorsResetEndsTheSessionsAndTheRoleMustEnrolAgain() throws Exception {
		require("MANAGER");
		long id = account("MANAGER");
		MockHttpSession session = signIn("/account/second-factor");
		enrol(session, new ArrayList<>());
		this.mvc.perform(get("/team").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/accounts/{id}/second-factor/reset", id).with(this.users.as("admin")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/admin/accounts/{id}/second-factor/reset", id).with(this.users.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		this.mvc.perform(get("/team").session(session)).andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.sql("select count(*) from totp_credential where account_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.events.stream(SecondFactorReset.class))
			.contains(new SecondFactorReset(id, this.demo.account("admin")));
		signIn("/account/second-factor");
	}

	@Test
	void onlyAnAdministratorSetsTheRulesOrResets() throws Exception {
		for (String who : List.of("manager", "worker", "peer", "serviceuser")) {
			this.mvc.perform(get("/admin/second-factor").with(this.users.as(who))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/second-factor").with(this.users.as(who))
					.with(csrf())
					.param("required[ADMIN]", "false"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/accounts/{id}/second-factor/reset", this.demo.account("manager"))
					.with(this.users.as(who))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		// a person's portal account has no authenticator app here
		this.mvc.perform(get("/account/second-factor").with(this.users.as("serviceuser")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleSaveOfTheRulesIsA409WithTheChoicesKept() throws Exception {
		this.mvc.perform(get("/admin/second-factor").with(this.users.as("admin"))).andExpect(status().isOk());
		List<Long> versions = this.jdbc.sql("select version from second_factor_policy order by role")
			.query(Long.class)
			.list();
		long managerVersion = this.jdbc.sql("select version from second_factor_policy where role = 'MANAGER'")
			.query(Long.class)
			.single();
		// someone else saves first
		this.jdbc.sql("update second_factor_policy set version = version + 1 where role = 'MANAGER'").update();
		this.mvc
			.perform(post("/admin/second-factor").with(this.users.as("admin"))
				.with(csrf())
				.param("required[ADMIN]", "true")
				.param("required[MANAGER]", "true")
				.param("required[WORKER]", "false")
				.param("required[PEER]", "true")
				.param("versions[ADMIN]", version("ADMIN"))
				.param("versions[MANAGER]", String.valueOf(managerVersion))
				.param("versions[WORKER]", version("WORKER"))
				.param("versions[PEER]", version("PEER")))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else changed these settings")))
			.andExpect(
					content().string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"required-PEER\"[^>]*checked.*")));
		assertThat(this.jdbc.sql("select count(*) from second_factor_policy where required").query(Long.class).single())
			.as("nothing saved")
			.isZero();
		assertThat(versions).hasSize(4);
		// a save with the current versions goes through
		this.mvc
			.perform(post("/admin/second-factor").with(this.users.as("admin"))
				.with(csrf())
				.param("required[ADMIN]", "false")
				.param("required[MANAGER]", "true")
				.param("required[WORKER]", "false")
				.param("required[PEER]", "false")
				.param("versions[ADMIN]", version("ADMIN"))
				.param("versions[MANAGER]", version("MANAGER"))
				.param("versions[WORKER]", version("WORKER"))
				.param("versions[PEER]", version("PEER")))
			.andExpect(redirectedUrl("/admin/second-factor"));
		assertThat(this.jdbc.sql("select role from second_factor_policy where required").query(String.class).list())
			.containsExactly("MANAGER");
	}

	private String version(String role) {
		return String.valueOf(this.jdbc.sql("select version from second_factor_policy where role = ?")
			.param(role)
			.query(Long.class)
			.single());
	}

}
