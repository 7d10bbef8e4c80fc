package org.keywork.browser;

import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Page;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor in a real browser, on a phone (ADR 018): a role that requires it
 * enrols at its first sign-in with a code computed here from the key the page shows,
 * signs out, signs in with password and a fresh code, then with a recovery code, which
 * works once. Every new page is checked with axe.
 */
@KeyworkTest
class SecondFactorBrowserIT extends BrowserTest {

	private static final String PASSWORD = "a long enough passphrase here";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	@AfterEach
	void demoPolicyAgain() {
		this.jdbc.sql("update second_factor_policy set required = false").update();
	}

	private String code(String secret) throws Exception {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
				this.clock.instant().getEpochSecond() / 30);
	}

	private void enterCode(String code) {
		this.page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
		click("Continue");
	}

	@Test
	@Phone
	void enrolAtFirstSignInThenSignInWithACodeAndARecoveryCodeOnce() throws Exception {
		String username = "mfa-browser-" + Long.toString(System.nanoTime(), 36);
		this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, 'Sam Second (test)', ?, 'WORKER')
				""").params(username, this.encoder.encode(PASSWORD)).update();
		this.jdbc.sql("update second_factor_policy set required = true where role = 'WORKER'").update();

		// first sign-in: the role requires a second factor, so enrolment comes first
		signIn(username, PASSWORD);
		assertThat(currentPath()).isEqualTo("/account/second-factor");
		assertThat(heading()).hasText("Second factor");
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Use a passkey instead")))
			.hasAttribute("href", "/account/passkeys");
		assertAccessible(this.page);
		assertNoHorizontalScroll();
		open("/caseload");
		assertThat(currentPath()).isEqualTo("/account/second-factor");

		String secret = this.page.locator("#totp-secret").getAttribute("data-secret");
		this.page.getByLabel("Code from the app", new Page.GetByLabelOptions().setExact(true)).fill("000000");
		click("Set up");
		assertThat(this.page.locator(".govuk-error-summary")).containsText("That code did not work");
		assertAccessible(this.page);
		this.page.getByLabel("Code from the app", new Page.GetByLabelOptions().setExact(true)).fill(code(secret));
		click("Set up");
		assertThat(heading()).hasText("Your authenticator app is set up");
		List<String> codes = this.page.locator(".kw-recovery-code").allTextContents();
		assertThat(codes).hasSize(10);
		assertAccessible(this.page);
		assertNoHorizontalScroll();
		click("I have kept my codes: continue");
		assertThat(this.page.locator("#remaining")).hasText("Unused recovery codes: 10");
		assertAccessible(this.page);
		// new recovery codes only after "confirm it's you" (ADR 018)
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Make new recovery codes")))
			.hasCount(0);
		this.page.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true)).fill("not my password");
		click("Confirm it's you");
		assertThat(this.page.locator(".govuk-error-summary"))
			.containsText("That is not your password or a current code from your app");
		assertAccessible(this.page);
		assertNoHorizontalScroll();
		this.page.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		click("Confirm it's you");
		assertThat(currentPath()).isEqualTo("/account/second-factor");
		click("Make new recovery codes");
		List<String> newCodes = this.page.locator(".kw-recovery-code").allTextContents();
		assertThat(newCodes).hasSize(10).doesNotContainAnyElementsOf(codes);
		codes = newCodes;
		signOut();

		try (TestClock.Moved later = this.clock.movedBy(Duration.ofMinutes(2))) {
			// password, then a code computed from the key
			signIn(username, PASSWORD);
			assertThat(currentPath()).isEqualTo("/login/second-factor");
			assertThat(heading()).hasText("Enter a code from your authenticator app");
			assertAccessible(this.page);
			assertNoHorizontalScroll();
			enterCode(code(secret));
			assertThat(currentPath()).isEqualTo("/caseload");
			signOut();

			// a recovery code instead, typed as it was shown
			signIn(username, PASSWORD);
			enterCode(codes.get(0));
			assertThat(currentPath()).isEqualTo("/caseload");
			signOut();

			// the same recovery code a second time: refused
			signIn(username, PASSWORD);
			enterCode(codes.get(0));
			assertThat(currentPath()).isEqualTo("/login/second-factor");
			assertThat(this.page.locator(".govuk-error-summary")).containsText("That code did not work");
			assertAccessible(this.page);
			open("/caseload");
			assertThat(currentPath()).isEqualTo("/login/second-factor");
		}
	}

	@Test
	void theAdministratorsPagesAreAccessible() {
		signIn("admin");
		visit("/admin/second-factor");
		assertThat(heading()).hasText("Second factor for each role");
		long manager = this.jdbc.sql("select id from account where username = 'manager'").query(Long.class).single();
		visit("/admin/accounts/" + manager);
		click("Reset second factor");
		assertThat(heading()).hasText("Reset the second factor of manager?");
		assertAccessible(this.page);
	}

}
