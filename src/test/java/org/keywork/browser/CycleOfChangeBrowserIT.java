package org.keywork.browser;

import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A worker on a phone names an issue in the person's words, records a new stage and sees
 * the path; the person and a manager see their pages of the Cycle of Change. Every page
 * is accessible and fits a phone's screen.
 */
@KeyworkTest
class CycleOfChangeBrowserIT extends BrowserTest {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerNamesAnIssueRecordsAStageAndSeesThePath() {
		long person = northPerson();
		signIn("worker");
		visit("/service-users/" + person);
		assertThat(page.locator("#cycle-of-change")).containsText("No issues named yet");
		page.locator("#cycle-of-change").getByText("See the path of each issue").click();
		assertAccessible(page);
		assertNoHorizontalScroll();

		click("Name a new issue");
		assertAccessible(page);
		assertNoHorizontalScroll();
		// a mistake: no stage chosen; what was typed is kept
		page.getByLabel("The issue, in the person's own words").fill("drinking");
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).containsText("Choose a stage");
		assertThat(page.getByLabel("The issue, in the person's own words")).hasValue("drinking");
		assertAccessible(page);
		page.getByLabel("Contemplation", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("What the person said (optional)").fill("I spend too much on it.");
		click("Save");
		assertThat(page.getByText("Issue named.")).isVisible();

		click("Record a stage");
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Issue", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("drinking (now: Contemplation)"));
		page.getByLabel("Preparation", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("What the person said (optional)").fill("Ready to cut down next week.");
		click("Save");
		assertThat(page.getByText("Stage recorded.")).isVisible();

		// the path: a chart with a marker per entry, the table beside it
		assertThat(page.locator("[data-current]")).containsText("Now: Preparation");
		assertThat(page.locator("svg[data-cycle-chart] [data-point]")).hasCount(2);
		assertThat(page.locator("table[data-path] tbody tr")).hasCount(2);
		assertThat(page.locator("table[data-path]")).containsText("Ready to cut down next week.");
		assertAccessible(page);
		assertNoHorizontalScroll();

		// the prompt on a contact note
		visit("/service-users/" + person + "/contact-notes/new");
		assertThat(page.locator("#cycle-of-change-prompt")).containsText("Did the person move on the cycle of change?");
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

	@Test
	@Phone
	void thePersonAndTheManagerSeeTheirPages() {
		signIn("serviceuser");
		visit("/my-support/cycle-of-change");
		assertThat(page.locator("[data-sentence]").first()).containsText("drinking: ");
		assertThat(page.locator("svg[data-cycle-chart]").first()).isVisible();
		assertAccessible(page);
		assertNoHorizontalScroll();

		newSession(true);
		signIn("manager");
		visit("/team/outcomes/cycle");
		assertThat(page.locator("svg[data-team-chart]")).isVisible();
		assertThat(page.locator("table[data-team-table] tbody tr")).hasCount(6);
		assertAccessible(page);
		assertNoHorizontalScroll();

		visit("/service-users/" + ids.jamie() + "/cycle-of-change");
		assertThat(page.locator("[data-lapse]")).hasCount(1);
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

	private long northPerson() {
		return jdbc.sql("""
				insert into service_user (reference, legal_name, team_id, status)
				values (?, ?, ?, 'ACTIVE') returning id
				""")
			.params("KW-C" + Long.toString(UNIQUE.incrementAndGet(), 36), "Browser Cycle Person", ids.north())
			.query(Long.class)
			.single();
	}

}
