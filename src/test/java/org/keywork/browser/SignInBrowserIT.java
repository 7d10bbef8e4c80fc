package org.keywork.browser;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, landing on the right home page, signing out and the lockout, in a real
 * browser.
 */
@KeyworkTest
class SignInBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void signInPageIsAccessible() {
		Response response = visit("/login");
		assertThat(response.status()).isEqualTo(200);
		assertThat(heading()).hasText("Sign in");
	}

	@Test
	void anonymousVisitorIsSentToSignIn() {
		open("/service-users");
		assertThat(currentPath()).isEqualTo("/login");
		assertThat(heading()).hasText("Sign in");
	}

	/** Each role has its own home page: the address and its main heading. */
	@ParameterizedTest(name = "{0} lands on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			admin       | /admin/accounts | Accounts
			manager     | /team           | My team
			worker      | /caseload       | My caseload
			worker2     | /caseload       | My caseload
			peer        | /my-people      | My people
			serviceuser | /my-support     | My support
			""")
	void eachDemoAccountLandsOnItsHomePage(String username, String homePath, String homeHeading) {
		signIn(username); // checks the landing page with axe
		assertThat(currentPath()).isEqualTo(homePath);
		assertThat(heading()).hasText(homeHeading);
	}

	@Test
	void signingOutReturnsToSignInAndEndsTheSession() {
		signIn("worker");
		assertThat(currentPath()).isNotEqualTo("/login");

		signOut();
		assertThat(currentPath()).isEqualTo("/login");
		assertThat(this.page.url()).contains("signedOut");
		assertThat(heading()).hasText("Sign in");
		assertThat(this.page.locator("main")).containsText("You have signed out.");
		assertAccessible(this.page);

		// the session is gone: a page that needs an account sends the browser back to
		// sign in
		open("/caseload");
		assertThat(currentPath()).isEqualTo("/login");
	}

	/** *My sessions* on a phone: the other device is listed, then signed out. */
	@Test
	@Phone
	void mySessionsListsTheOtherDeviceAndSignsItOut() {
		Page elsewhere = secondSession("worker2");
		signIn("worker2");
		open("/account/password");
		click("See where you are signed in");
		assertThat(currentPath()).isEqualTo("/account/sessions");
		assertAccessible(this.page);
		assertNoHorizontalScroll();
		assertThat(this.page.locator("main")).containsText("This device");
		assertThat(this.page.locator(".govuk-summary-card").count()).isGreaterThanOrEqualTo(2);

		click("Sign out everywhere else");
		assertThat(this.page.locator("main")).containsText("You are signed in only here.");
		elsewhere.navigate(url("/caseload"));
		assertThat(java.net.URI.create(elsewhere.url()).getPath()).isEqualTo("/login");

		// the sign-in history, linked from My sessions, lists both sign-ins
		click("Your sign-in history");
		assertThat(currentPath()).isEqualTo("/account/sign-ins");
		assertAccessible(this.page);
		assertNoHorizontalScroll();
		assertThat(this.page.locator("main")).containsText("Signed in");
		assertThat(this.page.locator("tbody tr").count()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
		String username = "lockout-" + randomLetters(8);
		String password = "the-right-password-" + randomLetters(6);
		createWorkerInNorth(username, password);

		for (int attempt = 1; attempt < 5; attempt++) {
			signIn(username, "wrong-password-" + attempt);
			assertThat(this.page.url()).as("attempt %d", attempt).endsWith("/login?error");
			assertThat(this.page.locator(".govuk-error-summary")).containsText("The username or password is not right");
			// only the password has to be typed again
			assertThat(this.page.locator("#username")).hasValue(username);
		}
		assertAccessible(this.page);

		// the lock gets the same answer as any other failure, so it tells nobody whether
		// the
		// username exists (ADR 004); the message says a lock may be why
		signIn(username, "wrong-password-5");
		assertThat(this.page.url()).endsWith("/login?error");
		assertThat(this.page.locator(".govuk-error-summary")).containsText("locked for 15 minutes");

		signIn(username, password);
		assertThat(this.page.url()).endsWith("/login?error");
		assertThat(this.page.locator(".govuk-error-summary")).containsText("locked for 15 minutes");
		open("/");
		assertThat(currentPath()).as("still signed out").isEqualTo("/login");
	}

	/**
	 * A WORKER account in North Housing First that no other test uses, so locking it
	 * disturbs nothing.
	 */
	private void createWorkerInNorth(String username, String password) {
		long accountId = this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, ?, ?, 'WORKER') returning id
				""")
			.params(username, "Lockout Test " + username, this.encoder.encode(password))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into account_team (account_id, team_id) select ?, id from team where name = ?")
			.params(accountId, "North Housing First")
			.update();
	}

	static String randomLetters(int length) {
		StringBuilder letters = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

}
