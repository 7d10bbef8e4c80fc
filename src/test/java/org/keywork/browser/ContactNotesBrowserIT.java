package org.keywork.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker on a phone records a home visit straight from My caseload, and a draft
 * survives an expired session.
 */
@KeyworkTest
class ContactNotesBrowserIT extends BrowserTest {

	@Test
	@Phone
	void aHomeVisitFromMyCaseloadTakesTwoPageLoadsAndClearsTheOverdueBadge() {
		signIn("worker");
		assertThat(currentPath()).isEqualTo("/caseload");
		Locator overdueRow = page.locator("tr:has([data-overdue])").first();
		String personId = overdueRow.getAttribute("data-person-id");
		String name = overdueRow.locator("a").first().innerText();

		List<String> loads = new ArrayList<>();
		page.onLoad(p -> loads.add(p.url()));
		overdueRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Record contact with " + name))
			.click();
		page.waitForLoadState();
		assertAccessible(page);
		page.getByLabel("What happened").fill("Home visit: we sorted the post together and Sam booked the GP.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();
		assertThat(page.getByText("Contact note saved", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(loads).hasSizeLessThanOrEqualTo(2);
		assertAccessible(page);

		visit("/caseload");
		assertThat(page.locator("tr[data-person-id='" + personId + "'] [data-overdue]")).hasCount(0);
		visit("/service-users/" + personId);
		assertThat(page.locator("#timeline").getByText("Home visit: we sorted the post together").first()).isVisible();
		Object width = page.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	@Test
	void aNoteBeingTypedIsOfferedBackAfterTheSessionExpires() {
		signIn("worker");
		String personId = page.locator("tr[data-person-id]").first().getAttribute("data-person-id");
		open("/service-users/" + personId + "/contact-notes/new");
		page.getByLabel("Staff-only detail (optional)").fill("The neighbour at number 4 called us");
		page.locator("#staffOnlyReason").check();
		page.getByLabel("What happened").fill("Long note typed in the kitchen when the signal dropped");
		page.getByLabel("What happened").press("End");
		page.waitForTimeout(600);

		// the session ends while the worker is typing
		page.context().clearCookies();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();
		page.waitForURL(url -> url.contains("/login"));
		assertThat(page.getByText("Your session ended")).isVisible();

		signIn("worker");
		open("/service-users/" + personId + "/contact-notes/new");
		assertThat(page.getByText("You have an unsaved note")).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore it")).click();
		assertThat(page.getByLabel("What happened")).hasValue("Long note typed in the kitchen when the signal dropped");
		// a chosen reason comes back chosen, and no radio's value is changed by restoring
		assertThat(page.locator("#staffOnlyReason")).isChecked();
		assertThat(page.locator("#staffOnlyReason-OTHER")).not().isChecked();
		assertThat(page.locator("#staffOnlyReason-OTHER")).hasValue("OTHER");
	}

}
