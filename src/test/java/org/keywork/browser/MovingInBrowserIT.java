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
 * The moving-in checklist on a phone: a worker adds an item to Jamie Brooks' checklist (a
 * mistake first, shown with a summary) and ticks it done; Jamie ({@code serviceuser})
 * reads their checklist in the portal. The new pages are checked with axe at 375 px.
 */
@KeyworkTest
class MovingInBrowserIT extends BrowserTest {

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerAddsAnItemAfterAMistakeAndTicksItDone() {
		long jamie = ids.jamie();
		String label = "Browser test " + System.nanoTime() + ": buy curtains";

		signIn("worker");
		visit("/service-users/" + jamie + "/moving-in");
		assertThat(heading()).hasText("Moving-in checklist");
		assertThat(page.locator("progress")).hasCount(1);
		assertNoHorizontalScroll();
		click("Add an item");
		page.getByLabel("Who does it (optional)").selectOption("OTHER");
		page.getByLabel("Note (optional)").fill("From the furniture project");
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter what needs doing");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter who else does it");
		assertThat(page.getByLabel("Note (optional)")).hasValue("From the furniture project");
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Item", new Page.GetByLabelOptions().setExact(true)).fill(label);
		page.getByLabel("Who else").fill("Their sister");
		click("Save");
		assertThat(page.getByText("Item added to the checklist.")).isVisible();

		Locator item = page.locator("[data-item]").filter(new Locator.FilterOptions().setHasText(label));
		assertThat(item).containsText("Their sister");
		assertThat(item).hasAttribute("data-done", "false");
		item.locator("button").click();
		page.waitForLoadState();
		assertThat(page.getByText("Item marked done.")).isVisible();
		item = page.locator("[data-item]").filter(new Locator.FilterOptions().setHasText(label));
		assertThat(item).hasAttribute("data-done", "true");
		assertThat(item).containsText("recorded by");
		assertAccessible(page);
		assertNoHorizontalScroll();

		open("/service-users/" + jamie);
		assertThat(page.locator("#moving-in progress")).hasCount(1);
		assertThat(page.locator("#moving-in")).containsText("Next to do");
		assertNoHorizontalScroll();
	}

	@Test
	@Phone
	void thePersonReadsTheirChecklist() {
		signIn("serviceuser");
		visit("/my-support");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Moving into your home: what is done and what is left"))
			.click();
		page.waitForLoadState();
		assertThat(heading()).hasText("Moving in");
		assertThat(page.locator("main")).containsText("Keys collected");
		assertThat(page.locator("main")).containsText("Registered with a GP");
		assertThat(page.locator("main")).containsText("Internet set up");
		assertThat(page.locator("main progress")).hasCount(1);
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

}
