package org.keywork.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The manager's pages and the record pages not walked through elsewhere, each checked
 * with axe: the team dashboard (counting its figures again from the keyboard), the case
 * callover, a person's timeline filtered by kind, a note and its correction form, and
 * every support-record page (record, versions, what changed, agree, sharing, print) of a
 * demo person.
 */
@KeyworkTest
class OversightBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	void managerPagesAreAccessible() {
		signIn("manager");
		assertThat(page.locator("h1")).hasText("My team");
		assertThat(page.locator("[data-figures-at]")).containsText("Figures as of");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Count the figures again")).press("Enter");
		page.waitForLoadState();
		assertThat(page.locator("h1")).hasText("My team");
		assertAccessible(page);
		visit("/team/callover");
		assertThat(page.locator("[data-person-id]").first()).isVisible();
		// the callover goes on to the next keyworker's people from the keyboard
		String part = page.locator("[data-callover-group]").textContent();
		page.locator("a[rel=next]").focus();
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(page.locator("[data-callover-group]")).not().hasText(part);
		assertThat(page.locator("a[rel=prev]")).isVisible();
		assertAccessible(page);
		long jamie = person("Jamie Brooks");
		visit("/service-users/" + jamie + "?kind=PLAN");
		visit("/service-users/" + jamie + "?kind=NOTE");
		page.locator("#timeline a[href*='/contact-notes/']").first().click();
		page.waitForLoadState();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct this note")).first().click();
		page.waitForLoadState();
		assertAccessible(page);
	}

	@Test
	@Phone
	void everySupportRecordPageIsAccessibleOnAPhone() {
		signIn("worker");
		long jamie = person("Jamie Brooks");
		for (String kind : new String[] { "support-overview", "safety-plan", "action-plan" }) {
			String base = "/service-users/" + jamie + "/" + kind;
			visit(base);
			visit(base + "/versions");
			visit(base + "/versions/1");
			visit(base + "/versions/1/changes");
			visit(base + "/sharing");
			visit(base + "/print");
		}
		visit("/service-users/" + jamie + "/achievements/new");
		visit("/service-users/" + jamie + "/safety-plan/crisis-contacts");
	}

	private long person(String legalName) {
		return ids.person(legalName);
	}

}
