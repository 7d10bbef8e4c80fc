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
 * A worker on a phone records a home visit straight from My caseload; a draft is kept
 * while the session lasts and is gone once it ends.
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
	void aDraftIsOfferedBackInTheSameSessionAndSigningOutForgetsIt() {
		signIn("worker");
		String personId = page.locator("tr[data-person-id]").first().getAttribute("data-person-id");
		open("/service-users/" + personId + "/contact-notes/new");
		page.getByLabel("Staff-only detail (optional)").fill("The neighbour at number 4 called us");
		page.locator("#staffOnlyReason").check();
		page.getByLabel("What happened").fill("Long note typed in the kitchen when the signal dropped");
		page.getByLabel("What happened").press("End");
		page.waitForTimeout(600);

		// the page is left by mistake: in the same session the draft is offered back
		visit("/caseload");
		open("/service-users/" + personId + "/contact-notes/new");
		assertThat(page.getByText("You have an unsaved note")).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore it")).click();
		assertThat(page.getByLabel("What happened")).hasValue("Long note typed in the kitchen when the signal dropped");
		// a chosen reason comes back chosen, and no radio's value is changed by restoring
		assertThat(page.locator("#staffOnlyReason")).isChecked();
		assertThat(page.locator("#staffOnlyReason-OTHER")).not().isChecked();
		assertThat(page.locator("#staffOnlyReason-OTHER")).hasValue("OTHER");
		// the draft names no session id
		String stored = draft();
		assertThat(stored).contains("Long note typed in the kitchen");
		for (var cookie : page.context().cookies()) {
			assertThat(stored).doesNotContain(cookie.value);
		}

		signOut();
		assertThat(drafts()).isZero();
	}

	@Test
	void aDraftFromAnEndedSessionIsDiscarded() {
		signIn("worker");
		String personId = page.locator("tr[data-person-id]").first().getAttribute("data-person-id");
		open("/service-users/" + personId + "/contact-notes/new");
		page.getByLabel("What happened").fill("Typed on a shared computer when the session ended");
		page.getByLabel("What happened").press("End");
		page.waitForTimeout(600);
		assertThat(drafts()).isEqualTo(1);

		// the session ends while the worker is typing
		page.context().clearCookies();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();
		page.waitForURL(url -> url.contains("/login"));
		assertThat(page.getByText("Your session ended")).isVisible();

		// whoever signs in next on this device is not offered it, and it is gone
		signIn("worker");
		open("/service-users/" + personId + "/contact-notes/new");
		assertThat(page.locator("[data-draft-panel]")).isHidden();
		assertThat(drafts()).isZero();
	}

	/** How many contact-note drafts this browser keeps. */
	private int drafts() {
		return ((Number) page
			.evaluate("Object.keys(window.localStorage).filter(k => k.startsWith('keywork.contact-note.')).length"))
			.intValue();
	}

	private String draft() {
		return (String) page
			.evaluate("Object.keys(window.localStorage).filter(k => k.startsWith('keywork.contact-note.'))"
					+ ".map(k => window.localStorage.getItem(k)).join('\\n')");
	}

}
