package org.keywork.twofactor;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.security.LoginThrottle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Confirm it's you" (ADR 018, re-authentication; ASVS 5.0 V6.2/V7 L2): a session that
 * has completed its sign-in adds an authenticator app, a passkey or new recovery codes
 * only within five minutes of giving its password (or a current code) again; a session in
 * its forced first enrolment is not asked twice; a wrong password here counts toward the
 * lock like any other.
 */
@KeyworkTest
class ReauthenticationTests {

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
	TestClock clock;

	@Autowired
	LoginThrottle throttle;

	private String username;

	private long accountId;

	@AfterEach
	void demoPolicyAgain() {
		this.jdbc.sql("update second_factor_policy set required = false").update();
		this.jdbc.sql("delete from user_entities where name = ?").param(this.username).update();
	}

	private void account(String role) {
		FactorTestAccounts.Made made = FactorTestAccounts.create("reauth-", role, this.jdbc, this.encoder, this.demo);
		this.username = made.username();
		this.accountId = made.id();
	}

	private MockHttpSession signIn(String expectedRedirect) throws Exception {
		return FactorTestAccounts.signIn(this.mvc, this.username, expectedRedirect);
	}

	private void confirm(MockHttpSession session, String next) throws Exception {
		this.mvc.perform(
				post("/account/confirm").session(session).with(csrf()).param("password", PASSWORD).param("next", next))
			.andExpect(redirectedUrl(next));
	}

	private String code(String secret) throws Exception {
		return FactorTestAccounts.code(secret, this.clock);
	}

	private String secretOnPage(MockHttpSession session) throws Exception {
		String page = this.mvc.perform(get("/account/second-factor").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(page);
		return secret.find() ? secret.group(1) : null;
	}

	private long totp() {
		return this.jdbc.sql("select count(*) from totp_credential where account_id = ?")
			.param(this.accountId)
			.query(Long.class)
			.single();
	}

	private List<String> storedRecoveryCodes() {
		return this.jdbc.sql("select code_hash from recovery_code where account_id = ? order by code_hash")
			.param(this.accountId)
			.query(String.class)
			.list();
	}

	private int failures() {
		return FactorTestAccounts.failures(this.jdbc, this.username);
	}

	@Test
	void aSignedInSessionAloneCannotSetUpAnAuthenticatorApp() throws Exception {
		account("WORKER");
		MockHttpSession session = signIn("/");
		// the page asks for the password before it shows any secret
		this.mvc.perform(get("/account/second-factor").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/account/confirm\"")))
			.andExpect(content().string(containsString("for=\"confirm-password\"")))
			.andExpect(content().string(not(containsString("data-secret="))));
		// a code sent anyway: refused, nothing set up
		this.mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", "123456"))
			.andExpect(redirectedUrl("/account/second-factor"));
		assertThat(totp()).isZero();

		confirm(session, "/account/second-factor");
		String shown = secretOnPage(session);
		assertThat(shown).isNotNull();
		this.mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", code(shown)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kw-recovery-code")));
		assertThat(totp()).isOne();
	}

	@Test
	void theConfirmationLastsFiveMinutes() throws Exception {
		account("WORKER");
		MockHttpSession session = signIn("/");
		confirm(session, "/account/second-factor");
		String secret = secretOnPage(session);
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofMinutes(5).plusSeconds(1))) {
			this.mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", code(secret)))
				.andExpect(redirectedUrl("/account/second-factor"));
			assertThat(totp()).isZero();
			this.mvc.perform(get("/account/second-factor").session(session))
				.andExpect(content().string(containsString("action=\"/account/confirm\"")))
				.andExpect(content().string(not(containsString("data-secret="))));
		}
	}

	@Test
	void newRecoveryCodesNeedARecentConfirmation() throws Exception {
		account("WORKER");
		MockHttpSession session = signIn("/");
		confirm(session, "/account/second-factor");
		String secret = secretOnPage(session);
		this.mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", code(secret)))
			.andExpect(status().isOk());
		List<String> before = storedRecoveryCodes();
		assertThat(before).hasSize(10);
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofMinutes(6))) {
			// the page offers the password field instead of the button
			this.mvc.perform(get("/account/second-factor").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("action=\"/account/confirm\"")))
				.andExpect(content().string(not(containsString("action=\"/account/second-factor/recovery-codes\""))));
			this.mvc.perform(post("/account/second-factor/recovery-codes").session(session).with(csrf()))
				.andExpect(redirectedUrl("/account/second-factor"));
			assertThat(storedRecoveryCodes()).as("the old codes stay").isEqualTo(before);

			confirm(session, "/account/second-factor");
			String codes = this.mvc.perform(post("/account/second-factor/recovery-codes").session(session).with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher each = RECOVERY.matcher(codes);
			assertThat(each.find()).isTrue();
			assertThat(storedRecoveryCodes()).hasSize(10).isNotEqualTo(before);
		}
	}

	@Test
	void aCurrentCodeFromTheAppConfirmsToo() throws Exception {
		account("WORKER");
		MockHttpSession session = signIn("/");
		confirm(session, "/account/second-factor");
		String secret = secretOnPage(session);
		this.mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", code(secret)))
			.andExpect(status().isOk());
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofMinutes(6))) {
			this.mvc
				.perform(post("/account/confirm").session(session)
					.with(csrf())
					.param("password", code(secret))
					.param("next", "/account/second-factor"))
				.andExpect(redirectedUrl("/account/second-factor"));
			this.mvc.perform(post("/account/second-factor/recovery-codes").session(session).with(csrf()))
				.andExpect(status().isOk());
		}
	}

	@Test
	void aPasskeyCeremonyNeedsARecentConfirmation() throws Exception {
		account("WORKER");
		MockHttpSession session = signIn("/");
		this.mvc.perform(get("/account/passkeys").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/account/confirm\"")))
			.andExpect(content().string(not(containsString("id=\"passkey-add\""))));
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/webauthn/register").session(session).with(csrf()).contentType("application/json").content("{}"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from user_entities where name = ?")
			.param(this.username)
			.query(Integer.class)
			.single()).as("no handle was made for the account").isZero();

		confirm(session, "/account/passkeys");
		this.mvc.perform(get("/account/passkeys").session(session))
			.andExpect(content().string(containsString("id=\"passkey-add\"")))
			.andExpect(content().string(not(containsString("action=\"/account/confirm\""))));
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andExpect(status().isOk());
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofMinutes(5).plusSeconds(1))) {
			this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theForcedFirstEnrolmentIsNotAskedTwice() throws Exception {
		this.jdbc.sql("update second_factor_policy set required = true where role = 'MANAGER'").update();
		account("MANAGER");
		MockHttpSession session = signIn("/account/second-factor");
		this.mvc.perform(get("/account/passkeys").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"passkey-add\"")));
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andExpect(status().isOk());
		String secret = secretOnPage(session);
		assertThat(secret).as("the secret is shown at once").isNotNull();
		this.mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", code(secret)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kw-recovery-code")));
		assertThat(totp()).isOne();
		// now signed in completely: new codes need the password again
		this.mvc.perform(post("/account/second-factor/recovery-codes").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/second-factor"));
	}

	@Test
	void aWrongPasswordIsShownAndCountsTowardTheLock() throws Exception {
		account("WORKER");
		MockHttpSession session = signIn("/");
		int before = failures();
		this.mvc
			.perform(post("/account/confirm").session(session)
				.with(csrf())
				.param("password", "not the password")
				.param("next", "/account/passkeys"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("That is not your password")))
			.andExpect(content().string(containsString("value=\"/account/passkeys\"")))
			.andExpect(content().string(not(containsString("not the password"))));
		assertThat(failures()).isEqualTo(before + 1);
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf()))
			.andExpect(status().isForbidden());
		// an empty one is refused without counting
		this.mvc
			.perform(post("/account/confirm").session(session)
				.with(csrf())
				.param("password", "")
				.param("next", "/account/passkeys"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your password")));
		assertThat(failures()).isEqualTo(before + 1);
		for (int i = 2; i < LoginThrottle.MAX_FAILURES; i++) {
			this.mvc
				.perform(post("/account/confirm").session(session)
					.with(csrf())
					.param("password", "wrong " + i)
					.param("next", "/account/passkeys"))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(post("/account/confirm").session(session)
				.with(csrf())
				.param("password", "wrong again")
				.param("next", "/account/passkeys"))
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(this.throttle.isLocked(this.username)).isTrue();
		// signed out: the session opens nothing any more
		this.mvc.perform(get("/account/passkeys").session(session)).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf()))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
	}

	@Test
	void onlyThePagesThatAskAreWhereItGoesBack() throws Exception {
		account("WORKER");
		MockHttpSession session = signIn("/");
		this.mvc
			.perform(post("/account/confirm").session(session)
				.with(csrf())
				.param("password", PASSWORD)
				.param("next", "https://elsewhere.example/"))
			.andExpect(redirectedUrl("/account/second-factor"));
		// the question whether to remove a passkey asks too; nothing else that looks like
		// it
		assertThat(ReauthenticationController.next("/account/passkeys/AbC_d-9/remove"))
			.isEqualTo("/account/passkeys/AbC_d-9/remove");
		for (String elsewhere : new String[] { "/account/passkeys/../../admin/remove", "/account/passkeys/a/remove?x=1",
				"//elsewhere.example/account/passkeys/a/remove", "/account/passkeys//remove",
				"/account/passkeys/a/remove/more", null }) {
			assertThat(ReauthenticationController.next(elsewhere)).as(String.valueOf(elsewhere))
				.isEqualTo("/account/second-factor");
		}
	}

}
