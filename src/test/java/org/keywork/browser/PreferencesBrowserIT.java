package org.keywork.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Engagement preferences on phones: a worker records how a person likes to be supported
 * from the person's page and sees them there and on the new contact-note form; the demo
 * person ({@code serviceuser}, Jamie Brooks) changes their own in the portal and their
 * keyworker sees the change. Every page is checked with axe at 375 px.
 */
@KeyworkTest
class PreferencesBrowserIT extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerRecordsHowSomeoneLikesToBeSupported() throws Exception {
		String name = TestPeople.uniqueName("Pref Browser");
		long person = TestPeople.named(name).save(mvc, users, jdbc);
		signIn("worker");
		visit("/service-users/" + person);
		Locator section = page.locator("#preferences");
		assertThat(section).containsText("Not recorded yet.");
		section
			.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Record how " + name + " likes to be supported"))
			.click();
		assertThat(heading()).hasText("How " + name + " likes to be supported");
		assertAccessible(page);
		assertNoHorizontalScroll();

		// too long: shown again with a summary and what was ticked
		page.getByLabel("In a café").check();
		page.getByLabel("Best times").fill("x".repeat(301));
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertThat(page.getByLabel("In a café")).isChecked();
		assertAccessible(page);
		assertNoHorizontalScroll();

		page.getByLabel("Outdoors, on a walk").check();
		page.getByLabel("Best times").fill("Weekday mornings");
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Formal or informal"))
			.getByLabel("Informal: a chat, a walk or a coffee")
			.check();
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("One-to-one or in a group"))
			.getByLabel("One-to-one", new Locator.GetByLabelOptions().setExact(true))
			.check();
		page.getByLabel("Anything else").fill("Text before coming round");
		click("Save");

		assertThat(page.getByText("Preferences saved")).isVisible();
		section = page.locator("#preferences");
		assertThat(section).containsText("In a café, Outdoors, on a walk");
		assertThat(section).containsText("Weekday mornings");
		assertThat(section).containsText("One-to-one");
		assertThat(section).containsText("Text before coming round");
		assertThat(page.locator("[data-kind=PREFERENCES]").first()).containsText("Preferences updated");
		assertAccessible(page);
		assertNoHorizontalScroll();

		visit("/service-users/" + person + "/contact-notes/new");
		assertThat(page.locator("#preferences-summary")).containsText("Text before coming round");
		assertAccessible(page);
	}

	@Test
	@Phone
	void serviceuserChangesTheirOwnInThePortal() {
		long jamie = ids.jamie();
		String words = "Browser test " + System.nanoTime() + ": a quiet table at the back";
		signIn("serviceuser");
		visit("/my-support");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("How you like to be supported")).click();
		assertThat(heading()).hasText("How you like to be supported");
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change how you like to be supported"))
			.click();
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("By video call").check();
		page.getByLabel("Anything else you want us to know").fill(words);
		click("Save");

		assertThat(page.getByText("Thank you. Your preferences are saved.")).isVisible();
		assertThat(page.locator("[data-preferences]")).containsText("By video call");
		assertThat(page.locator("[data-preferences]")).containsText(words);
		assertAccessible(page);

		Page worker = secondSession("worker");
		worker.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		worker.navigate(url("/service-users/" + jamie));
		assertThat(worker.locator("#preferences")).containsText(words);
		assertThat(worker.locator("#preferences")).containsText("In their own words");
		assertAccessible(worker);
	}

}
