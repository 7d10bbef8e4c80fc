package org.keywork.browser;

import java.time.Duration;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real browser (ADR 019), with Chromium's virtual authenticator (DevTools
 * protocol, through Playwright's CDP session) standing in for a phone or a laptop's
 * fingerprint reader: the person is always verified and always present.
 */
@KeyworkTest
class PasskeyBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void forgetPasskeys() {
		this.jdbc.sql("delete from user_entities where name in ('manager', 'worker')").update();
	}

	@Test
	void aManagerAddsAPasskeyAndSignsInWithIt() {
		virtualAuthenticator();
		signIn("manager");
		visit("/account/passkeys");
		assertThat(heading()).hasText("Your passkeys");
		assertThat(this.page.locator("main")).containsText("You have not added a passkey yet.");
		confirmItsYou();

		this.page.getByLabel("Name for this passkey").fill("Work laptop");
		click("Add a passkey");
		this.page.waitForURL(u -> u.contains("added"));
		assertThat(this.page.locator("main")).containsText("Passkey added.");
		assertThat(this.page.locator(".govuk-summary-card__title")).hasText("Work laptop");
		assertThat(this.page.locator("main")).containsText("Not used yet");
		assertAccessible(this.page);

		signOut();
		String signInPage = this.page.url();
		String before = sessionCookie();
		click("Sign in with a passkey");
		this.page.waitForURL(u -> !u.equals(signInPage));
		assertThat(currentPath()).isEqualTo("/team");
		assertThat(heading()).hasText("My team");
		// a new session id at sign-in, as with a password (no session fixation)
		assertThat(sessionCookie()).isNotNull().isNotEqualTo(before);
		// My sessions knows the browser it signed in from
		open("/account/sessions");
		assertThat(this.page.locator("main")).containsText("Chrome on Linux");

		// the sign-in is the manager's, and the passkey now shows when it was last used
		open("/account/passkeys");
		assertThat(this.page.locator("main")).not().containsText("Not used yet");
		assertThat(this.page.locator(".kw-header__who")).containsText("Manager");
	}

	@Test
	void aRemovedPasskeyNoLongerSignsIn() {
		virtualAuthenticator();
		signIn("manager");
		open("/account/passkeys");
		confirmItsYou();
		this.page.getByLabel("Name for this passkey").fill("Old phone");
		click("Add a passkey");
		this.page.waitForURL(u -> u.contains("added"));

		click("Remove Old phone");
		assertThat(heading()).hasText("Remove the passkey \u201cOld phone\u201d?");
		assertAccessible(this.page);
		click("Yes, remove it");
		assertThat(this.page.locator("main")).containsText("Passkey removed.");
		assertThat(this.page.locator("main")).containsText("You have not added a passkey yet.");

		signOut();
		// the button shows once the page's script has seen that this browser has passkeys
		assertThat(this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in with a passkey").setExact(true)))
			.isVisible();
		click("Sign in with a passkey");
		assertThat(this.page.locator("#passkey-error")).isVisible();
		assertThat(this.page.locator("#passkey-error")).containsText("You could not be signed in with a passkey.");
		assertThat(currentPath()).isEqualTo("/login");
		assertAccessible(this.page);
	}

	@Test
	@Phone
	void myPasskeysWorksOnAPhone() {
		virtualAuthenticator();
		signIn("worker");
		visit("/account/passkeys");
		// "confirm it's you" first (ADR 018): a wrong password is shown, then the right
		// one
		this.page.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true)).fill("not my password");
		click("Confirm it's you");
		assertThat(heading()).hasText("Confirm it's you");
		assertThat(this.page.locator(".govuk-error-summary"))
			.containsText("That is not your password or a current code from your app");
		assertAccessible(this.page);
		assertNoHorizontalScroll();
		confirmItsYou();
		this.page.getByLabel("Name for this passkey").fill("My phone");
		click("Add a passkey");
		this.page.waitForURL(u -> u.contains("added"));
		assertThat(this.page.locator(".govuk-summary-card__title")).hasText("My phone");
		assertAccessible(this.page);
		assertNoHorizontalScroll();
		// more than five minutes later, removing it asks again first, and comes back
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofMinutes(6))) {
			click("Remove My phone");
			assertThat(heading()).hasText("Remove the passkey \u201cMy phone\u201d?");
			assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, remove it")))
				.hasCount(0);
			assertAccessible(this.page);
			assertNoHorizontalScroll();
			this.page.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
			click("Confirm it's you");
			assertThat(heading()).hasText("Remove the passkey \u201cMy phone\u201d?");
			click("Yes, remove it");
			assertThat(this.page.locator("main")).containsText("Passkey removed.");
		}
	}

	@Test
	void withoutAPasskeyNameNothingIsAsked() {
		virtualAuthenticator();
		signIn("worker");
		open("/account/passkeys");
		confirmItsYou();
		click("Add a passkey");
		assertThat(this.page.locator("#passkey-error")).containsText("Enter a name for this passkey");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Work laptop")))
			.hasCount(0);
	}

	/** "Confirm it's you" with the password (ADR 018): back on Your passkeys. */
	private void confirmItsYou() {
		assertThat(this.page.locator("#passkey-add")).hasCount(0);
		this.page.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
		click("Confirm it's you");
		assertThat(heading()).hasText("Your passkeys");
		assertThat(this.page.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
	}

	private String sessionCookie() {
		return this.page.context()
			.cookies()
			.stream()
			.filter(c -> c.name.equals("JSESSIONID"))
			.map(c -> c.value)
			.findFirst()
			.orElse(null);
	}

	/** A platform authenticator that verifies the person: like a phone or Touch ID. */
	private void virtualAuthenticator() {
		CDPSession cdp = this.page.context().newCDPSession(this.page);
		cdp.send("WebAuthn.enable");
		JsonObject options = new JsonObject();
		options.addProperty("protocol", "ctap2");
		options.addProperty("transport", "internal");
		options.addProperty("hasResidentKey", true);
		options.addProperty("hasUserVerification", true);
		options.addProperty("isUserVerified", true);
		options.addProperty("automaticPresenceSimulation", true);
		JsonObject args = new JsonObject();
		args.add("options", options);
		cdp.send("WebAuthn.addVirtualAuthenticator", args);
	}

}
