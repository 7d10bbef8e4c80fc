package org.keywork.browser;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The callover that keeps decisions, on phones: the manager starts today's callover from
 * the live one, records what was decided about a person with a follow-up for their
 * keyworker (a mistake first, shown with a summary); the keyworker finds it on My
 * caseload and marks it done. Every page is checked with axe at 375 px.
 */
@KeyworkTest
class CalloverBrowserIT extends BrowserTest {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aManagerRecordsAFollowUpAndTheKeyworkerMarksItDoneFromTheirCaseload() {
		String tag = Long.toString(UNIQUE.incrementAndGet(), 36);
		long person = jdbc.sql("""
				insert into service_user (reference, legal_name, preferred_name, team_id, status, support_start,
				  keyworker_id)
				values (?, ?, ?, ?, 'ACTIVE', current_date - 60, ?) returning id
				""")
			.params("KW-V" + tag, "Browser Callover Legal " + tag, "Robin " + tag, ids.north(), ids.account("worker"))
			.query(Long.class)
			.single();
		String agreed = "Help Robin apply for the bus pass " + tag;

		signIn("manager");
		visit("/team/callover");
		click("Start today's callover");
		assertThat(heading()).containsText("Callover on");
		assertThat(page.locator("[data-callover-group]")).hasText("People without a keyworker");
		assertNoHorizontalScroll();
		assertAccessible(page);
		// one keyworker's people at a time: Robin is Sam's
		assertThat(page.locator("#person-" + person)).hasCount(0);
		page.locator("[data-callover-groups] summary").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName(Pattern.compile("^Sam Okafor \\(demo\\) \\(\\d+ (people|person)\\)$"))).click();
		assertThat(page.locator("[data-callover-group]")).hasText("People of Sam Okafor (demo)");
		assertNoHorizontalScroll();
		assertAccessible(page);
		Locator block = page.locator("#person-" + person);
		assertThat(block.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Robin " + tag))).isVisible();
		assertThat(block).containsText("legal name Browser Callover Legal " + tag);
		block.locator("summary").click();
		assertAccessible(page);
		// a follow-up without a date is shown again with a summary and what was typed
		block.getByLabel("What was agreed (optional)").fill(agreed);
		block.getByLabel("Who follows it up (optional)").selectOption(new SelectOption().setLabel("Sam Okafor (demo)"));
		block.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the decision")).click();
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertThat(page.getByLabel("What was agreed (optional)")).hasValue(agreed);
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("What was discussed").fill("Robin is missing hospital appointments: the bus is too dear.");
		page.getByLabel("By when").fill(LocalDate.now().plusDays(4).toString());
		click("Save the decision");
		assertThat(page.getByText("Decision about Robin " + tag + " saved.")).isVisible();
		assertThat(page.locator("#person-" + person + " [data-decision]")).containsText(agreed);
		assertAccessible(page);
		assertNoHorizontalScroll();
		// the record of the whole meeting, every part's decisions on one page to print
		page.locator("[data-meeting-record]").click();
		assertThat(heading()).containsText("Record of the callover on");
		assertThat(page.locator("#person-" + person + " [data-decision]")).containsText(agreed);
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.goBack();

		Page worker = secondSession("worker");
		worker.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		worker.navigate(url("/caseload"));
		Locator row = worker.locator("[data-person-id=\"" + person + "\"]");
		assertThat(row).containsText("Callover follow-up: " + agreed);
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Callover follow-up: " + agreed)).click();
		assertThat(worker.locator("h1")).hasText("Follow-up from the callover");
		assertAccessible(worker);
		worker.getByLabel("What was done (optional)").fill("Applied together at the library.");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as done")).click();
		assertThat(worker.getByText("The follow-up for Robin " + tag + " is marked done.")).isVisible();
		assertThat(worker.locator("[data-person-id=\"" + person + "\"]")).not().containsText(agreed);
		assertAccessible(worker);
	}

}
