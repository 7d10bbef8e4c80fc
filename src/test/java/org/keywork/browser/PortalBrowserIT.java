package org.keywork.browser;

import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Getting a person into the portal, on phones: the worker creates the account and reads
 * out the code, the person activates (once only), signs in, reads their plan, adds their
 * words and marks a step done, and the worker sees both. Every portal page is checked
 * with axe at 375 px.
 */
@KeyworkTest
class PortalBrowserIT extends BrowserTest {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	private static final String[] PORTAL_PAGES = { "/my-support", "/my-support/action-plan",
			"/my-support/support-overview", "/my-support/safety-plan", "/my-support/feedback",
			"/my-support/keyworker-request", "/my-support/who-has-looked", "/my-support/contact-notes",
			"/my-support/achievements", "/my-support/keyworker-history", "/my-support/details",
			"/my-support/action-plan/versions" };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerGetsAPersonIntoThePortalAndSeesWhatTheyDid() {
		long person = northPerson();
		PortalPeople.actionPlan(jdbc, person, "Get on top of money", false);

		signIn("worker");
		visit("/service-users/" + person);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Portal account").setExact(true)).click();
		assertAccessible(page);
		button("Create a portal account").click();
		assertThat(page.locator("#activation-code")).isVisible();
		assertAccessible(page);
		String username = page.locator("#activation-username").innerText().trim();
		// not guessable from the person's name or reference (ADR 004)
		assertThat(username).matches("kw-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}");
		String code = page.locator("#activation-code-value").innerText().trim();
		assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
		// the code is shown once only
		visit("/service-users/" + person + "/portal-account");
		assertThat(page.locator("#activation-code")).hasCount(0);

		// the person, on their own phone
		newSession(true);
		String password = "my flat my rules " + UNIQUE.incrementAndGet();
		activate(username, code, password);
		assertThat(page.getByText("Your password is set. You can sign in now.")).isVisible();
		// a second use fails
		activate(username, code, "someone else entirely 123");
		assertThat(page.getByText("The username or code is not right").first()).isVisible();
		assertAccessible(page);

		signIn(username, password);
		assertThat(heading()).hasText("My support");
		assertAccessible(page);
		visit("/my-support/action-plan");
		assertThat(page.getByText("Get on top of money").first()).isVisible();

		page.getByLabel("What is it about?")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Goal: Get on top of money"));
		page.getByLabel("Add your own words").fill("The bank wants two letters with my address on.");
		button("Add my words").click();
		assertThat(page.getByText("Your words are added")).isVisible();
		assertThat(page.getByText("The bank wants two letters with my address on.")).isVisible();

		page.locator("#step-" + PortalPeople.STEP_FOR_PERSON)
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("I have done this"))
			.click();
		assertThat(page.getByText("is marked as done")).isVisible();
		assertThat(page.locator("#step-" + PortalPeople.STEP_FOR_PERSON)
			.getByText("Done", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).isVisible();
		assertThat(page.locator("#step-" + PortalPeople.STEP_FOR_KEYWORKER + " button")).hasCount(0);
		assertAccessible(page);

		for (String path : PORTAL_PAGES) {
			assertThat(visit(path).status()).as(path).isEqualTo(200);
			assertFitsThePhone(path);
		}

		Page worker = secondSession("worker");
		worker.navigate(url("/service-users/" + person + "/action-plan"));
		assertThat(worker.getByText("The bank wants two letters with my address on.")).isVisible();
		assertThat(worker.locator("#step-" + PortalPeople.STEP_FOR_PERSON + " strong.govuk-tag")).hasText("Done");
		assertThat(worker.getByText("Open a bank account: DONE")).hasCount(1);
	}

	@Test
	@Phone
	void everyPortalPageOfTheDemoServiceUserPassesAxeOnAPhone() {
		visit("/activate");
		assertFitsThePhone("/activate");
		signIn("serviceuser");
		for (String path : PORTAL_PAGES) {
			assertThat(visit(path).status()).as(path).isEqualTo(200);
			assertFitsThePhone(path);
		}
	}

	@Test
	@Phone
	void theDemoPersonSeesTheirAchievementsAndKeyworkerHistoryOnAPhone() {
		signIn("serviceuser");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What you have achieved").setExact(true))
			.click();
		assertThat(heading()).hasText("What you have achieved");
		assertThat(page.locator("#achievements li").first()).isVisible();
		assertAccessible(page);
		assertFitsThePhone("/my-support/achievements");

		visit("/my-support");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who your keyworker has been").setExact(true))
			.click();
		assertThat(heading()).hasText("Your keyworkers");
		assertThat(page.getByText("The person asked for a keyworker who could visit in the evenings")).isVisible();
		assertThat(page.locator("#keyworker-history li")).hasCount(2);
		assertAccessible(page);
		assertFitsThePhone("/my-support/keyworker-history");

		for (String path : new String[] { "/my-support/details", "/my-support/support-overview/versions",
				"/my-support/support-overview/versions/1", "/my-support/support-overview/versions/2/changes" }) {
			assertThat(visit(path).status()).as(path).isEqualTo(200);
			assertAccessible(page);
			assertFitsThePhone(path);
		}
	}

	private void activate(String username, String code, String password) {
		visit("/activate");
		page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
		page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
		page.getByLabel("Choose a password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByLabel("Type the password again", new Page.GetByLabelOptions().setExact(true)).fill(password);
		button("Set my password").click();
		page.waitForLoadState();
	}

	private com.microsoft.playwright.Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private void assertFitsThePhone(String path) {
		Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
		assertThat(fits).as("no sideways scrolling at 375 px on " + path).isEqualTo(true);
	}

	private long northPerson() {
		long team = ids.north();
		long worker = ids.account("worker");
		return jdbc.sql("""
				insert into service_user (reference, legal_name, preferred_name, team_id, status, keyworker_id)
				values (?, 'Robin Portal Person', 'Robin', ?, 'ACTIVE', ?) returning id
				""")
			.params("KW-P" + Long.toString(UNIQUE.incrementAndGet(), 36), team, worker)
			.query(Long.class)
			.single();
	}

}
