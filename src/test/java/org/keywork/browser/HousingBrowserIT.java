package org.keywork.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The accommodation history on phones: a worker adds an episode to Jamie Brooks' history
 * (a mistake first, shown with a summary), sees it on the person's page with the demo
 * tenancy (sustained at 6 months, 12 months due); Jamie ({@code serviceuser}) reads their
 * home and tenancy in the portal. Every page is checked with axe at 375 px.
 */
@KeyworkTest
class HousingBrowserIT extends BrowserTest {

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerAddsAnEpisodeAfterAMistakeAndThePersonReadsTheirHome() {
		long jamie = ids.jamie();
		String address = "Browser test " + System.nanoTime() + ", 9 Station Road";

		signIn("worker");
		visit("/service-users/" + jamie + "/accommodation");
		assertNoHorizontalScroll();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add where they lived")).first().click();
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Form of accommodation").selectOption("TEMPORARY_ACCOMMODATION");
		page.getByLabel("Address (optional)").fill(address);
		page.getByLabel("Date they moved in").fill("2024-03-10");
		page.getByLabel("Date they left (optional)").fill("2024-03-01");
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).containsText("cannot be before the date they moved in");
		assertThat(page.getByLabel("Address (optional)")).hasValue(address);
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Date they left (optional)").fill("2024-04-20");
		page.getByLabel("Why they left (optional)").fill("Moved to the hostel");
		click("Save");
		assertThat(page.getByText("Added to the accommodation history.")).isVisible();
		Locator card = page.locator("[data-episode]").filter(new Locator.FilterOptions().setHasText(address));
		assertThat(card).containsText("Temporary accommodation");
		assertThat(card).containsText("Moved to the hostel");
		assertAccessible(page);

		visit("/service-users/" + jamie);
		assertThat(page.locator("#housing")).containsText("Housing First tenancy");
		assertThat(page.locator("#housing")).containsText("Flat 3, 18 Orchard Road");
		assertThat(page.locator("#housing")).containsText("Northtown Homes (demo)");
		assertThat(page.locator("#housing [data-sustained='6-SUSTAINED']")).hasCount(1);
		assertThat(page.locator("#housing [data-sustained='12-DUE']")).hasCount(1);
		assertNoHorizontalScroll();
		visit("/service-users/" + jamie + "?kind=housing");
		assertThat(page.locator("#timeline")).containsText(address);
		assertAccessible(page);

		signOut();
		signIn("serviceuser");
		visit("/my-support");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your home").setExact(true)).click();
		assertThat(heading()).hasText("Your home");
		assertThat(page.locator("main")).containsText("Flat 3, 18 Orchard Road");
		assertThat(page.locator("main")).containsText(address);
		assertThat(page.locator("main")).containsText("No automated payment set up yet");
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

	@Test
	@Phone
	void aManagerReadsTheTenancyReportWithItsChartsAndTables() {
		signIn("manager");
		assertThat(page.locator("#navigation a[href='/team/tenancy-report']")).hasCount(1);
		visit("/team/tenancy-report");
		assertThat(heading()).hasText("Keeping the home: tenancy report");
		Locator now = page.locator("[data-report-table='accommodation-now']");
		assertThat(now.locator("svg[data-report-chart]")).hasCount(1);
		assertThat(now.locator("table")).containsText("Housing First tenancy");
		assertThat(page.locator("[data-report-table='tenancies-sustained'] table")).containsText("6 months");
		assertNoHorizontalScroll();
	}

}
