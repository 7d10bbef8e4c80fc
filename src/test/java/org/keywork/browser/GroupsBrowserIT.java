package org.keywork.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Group sessions on a phone: a worker starts a group, records a session with who came,
 * and finds it on an attendee's timeline. Every new page is checked with axe at 375 px.
 */
@KeyworkTest
class GroupsBrowserIT extends BrowserTest {

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerStartsAGroupRecordsASessionAndSeesItOnAnAttendeesTimeline() {
		long jamie = ids.jamie();
		String title = "Browser walking group " + System.nanoTime();
		signIn("worker");
		visit("/groups");
		assertNoHorizontalScroll();
		click("Start a group");
		assertAccessible(page);
		assertNoHorizontalScroll();
		// nothing typed: shown again with a summary
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertAccessible(page);
		page.getByLabel("Title").fill(title);
		page.getByLabel("What it is about (optional)").fill("A walk in the park, then a cup of tea");
		click("Save");
		assertThat(page.getByText("Group started.")).isVisible();
		assertThat(heading()).containsText(title);
		assertAccessible(page);
		assertNoHorizontalScroll();

		click("Record a session");
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Start time").fill("10:30");
		page.getByLabel("Where").fill("Northfield Park gates");
		page.getByLabel("What happened").fill("Walked round the lake; talked about the allotment.");
		Locator jamieRow = page.locator("[data-invitee=\"" + jamie + "\"]");
		jamieRow.getByLabel("Came", new Locator.GetByLabelOptions().setExact(true)).check();
		click("Save the session");
		assertThat(page.getByText("Session recorded.")).isVisible();
		assertThat(page.locator("[data-session-note]")).containsText("Walked round the lake");
		assertAccessible(page);
		assertNoHorizontalScroll();

		visit("/service-users/" + jamie + "?kind=group");
		Locator entry = page.locator("[data-kind=GROUP]").filter(new Locator.FilterOptions().setHasText(title));
		assertThat(entry).hasCount(1);
		assertThat(entry).containsText("Walked round the lake");
		assertAccessible(page);
		assertNoHorizontalScroll();
		entry.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
		assertThat(page.locator("[data-session-note]")).isVisible();
		Page person = secondSession("serviceuser");
		person.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		person.navigate(url("/my-support/group-sessions"));
		assertThat(person.locator("[data-attended]").filter(new Locator.FilterOptions().setHasText(title))).hasCount(1);
		assertThat(person.locator("body")).not().containsText("Walked round the lake");
		assertAccessible(person);
	}

}
