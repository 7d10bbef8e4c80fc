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
 * Welfare benefits and the early warning on phones: a worker records a benefit for Jamie
 * Brooks (a mistake first, shown with a summary), then works Peggy's early warning (her
 * Housing Benefit is suspended in the demo): records a step of the checklist and adds one
 * to her Action Plan. Jamie ({@code serviceuser}) reads their benefits in the portal,
 * where the early warning never shows. The new pages are checked with axe at 375 px.
 */
@KeyworkTest
class BenefitsBrowserIT extends BrowserTest {

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerRecordsABenefitAndWorksTheEarlyWarningChecklist() {
		long jamie = ids.jamie();
		long peggy = ids.person("Margaret O'Neill");
		String name = "Browser grant " + System.nanoTime();

		signIn("worker");
		visit("/service-users/" + jamie + "/benefits");
		assertNoHorizontalScroll();
		click("Add a benefit");
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Benefit", new Page.GetByLabelOptions().setExact(true)).selectOption("OTHER");
		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("AWARDED");
		page.getByLabel("Since when").fill("2026-01-10");
		page.getByLabel("Amount (GBP) (optional)").fill("25.00");
		page.getByLabel("How often it is paid (optional)").selectOption("MONTHLY");
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name of the benefit");
		assertThat(page.getByLabel("Amount (GBP) (optional)")).hasValue("25.00");
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Name of the benefit (optional)").fill(name);
		click("Save");
		assertThat(page.getByText("Benefit added.")).isVisible();
		Locator card = page.locator("[data-benefit]").filter(new Locator.FilterOptions().setHasText(name));
		assertThat(card).containsText("£25.00 every month");

		visit("/service-users/" + peggy);
		assertThat(page.locator("#early-warning")).containsText("Housing Benefit suspended since");
		page.locator("#early-warning a").click();
		page.waitForLoadState();
		assertThat(heading()).hasText("Early warning: home at risk");
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.locator("#step-landlord a").first().click();
		page.waitForLoadState();
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("This step is done").check();
		page.getByLabel("When (optional)").fill("2026-01-12");
		page.getByLabel("Who (optional)").fill("Priya Shah, housing officer");
		page.getByLabel("Note (optional)").fill("Agreed to wait while the council restarts the payment.");
		click("Save");
		assertThat(page.getByText("Progress recorded.")).isVisible();
		assertThat(page.locator("#step-landlord")).containsText("Priya Shah, housing officer");
		assertThat(page.locator("#step-landlord")).containsText("Done");
		if (page.locator("#step-repayment-plan button").count() > 0) {
			page.locator("#step-repayment-plan button").click();
			page.waitForLoadState();
		}
		assertThat(page.locator("#step-repayment-plan [data-action-link]")).containsText("On the Action Plan");
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

	@Test
	void thePersonReadsTheirBenefitsWithoutTheEarlyWarning() {
		signIn("serviceuser");
		visit("/my-support");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your benefits")).click();
		page.waitForLoadState();
		assertThat(heading()).hasText("Your benefits");
		assertThat(page.locator("main")).containsText("Universal Credit");
		assertThat(page.locator("main")).containsText("Personal Independence Payment (PIP)");
		assertThat(page.locator("#early-warning")).hasCount(0);
		assertAccessible(page);
	}

}
