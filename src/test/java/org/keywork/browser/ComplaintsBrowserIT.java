package org.keywork.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Complaints on phones: a worker records a complaint about Jamie Brooks' tenancy (a
 * mistake first, shown with a summary and what was typed kept) and its first response;
 * Jamie ({@code serviceuser}) reads the demo neighbour's complaint in the portal, without
 * the neighbour's name. The new pages are checked with axe at 375 px.
 */
@KeyworkTest
class ComplaintsBrowserIT extends BrowserTest {

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerRecordsAComplaintAndItsFirstResponse() {
		long jamie = ids.jamie();
		String said = "Browser test " + System.nanoTime() + ": a door slammed late at night";
		String yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString();

		signIn("worker");
		visit("/service-users/" + jamie + "/complaints");
		assertNoHorizontalScroll();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a complaint or incident"))
			.first()
			.click();
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("What was said").fill(said);
		page.getByLabel("Their name (optional)").fill("Browser Neighbour (test)");
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).containsText("Choose who it came from");
		assertThat(page.getByLabel("What was said")).hasValue(said);
		assertAccessible(page);
		page.getByLabel("Complaint", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Who it came from").selectOption("NEIGHBOUR");
		page.getByLabel("Date it was received").fill(yesterday);
		page.getByLabel("Time it was received").fill("18:00");
		click("Save");
		assertThat(page.getByText("The complaint is recorded.")).isVisible();
		assertThat(page.locator("main")).containsText(said);
		assertThat(page.locator("main")).containsText("Browser Neighbour (test)");
		assertThat(page.locator("[data-status]")).hasAttribute("data-status",
				java.util.regex.Pattern.compile("due|overdue"));
		assertAccessible(page);
		assertNoHorizontalScroll();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the first response")).click();
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Date of the first response").fill(yesterday);
		page.getByLabel("Time of the first response").fill("19:30");
		page.getByLabel("What was done").fill("Knocked on Jamie's door and talked it through");
		click("Save");
		assertThat(page.getByText("The first response is recorded.")).isVisible();
		assertThat(page.locator("[data-status]")).hasAttribute("data-status", "responded");
		assertThat(page.locator("main")).containsText("Knocked on Jamie's door");
		assertNoHorizontalScroll();
	}

	@Test
	void thePersonSeesTheComplaintWithoutTheNeighboursName() {
		signIn("serviceuser");
		open("/my-support");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Complaints about your home")).click();
		assertThat(heading()).hasText("Complaints about your home");
		assertThat(page.locator("main")).containsText("Loud music from Jamie's flat");
		assertThat(page.locator("main")).containsText("rubbish bags");
		assertThat(page.locator("main")).not().containsText("Mrs A. Neighbour");
		assertThat(page.locator("main")).not().containsText("Browser Neighbour");
		assertAccessible(page);
	}

}
