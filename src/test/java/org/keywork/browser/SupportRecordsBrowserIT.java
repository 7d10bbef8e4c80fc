package org.keywork.browser;

import java.util.concurrent.atomic.AtomicLong;

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
 * A worker writes a Support Overview and a Safety &amp; Wellbeing Plan with a
 * staff-safety factor on a phone; the peer linked to the person then sees the
 * staff-safety warning on the person's page, and not a withheld factor.
 */
@KeyworkTest
class SupportRecordsBrowserIT extends BrowserTest {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void overviewAndSafetyPlanWithAStaffSafetyFactorThatThePeerIsWarnedAbout() {
		long person = northPerson();
		signIn("worker");

		// Support Overview, reached from the person's page
		visit("/service-users/" + person);
		assertThat(page.locator("#record-support-overview")).containsText("Not written yet");
		page.locator("#record-support-overview").getByRole(AriaRole.LINK).click();
		click("Start a Support Overview");
		click("Edit the overview");
		assertAccessible(page);
		page.getByLabel("What a good life looks like").fill("A flat with a garden, and my sister visiting on Sundays");
		page.locator("[id='areas[0]-need']").fill("Help to keep up with the rent");
		page.locator("[id='areas[0]-strengths']").fill("Has kept the tenancy for a year");
		click("Save");
		assertThat(page.getByText("A flat with a garden, and my sister visiting on Sundays")).isVisible();
		assertAccessible(page);

		// Safety & Wellbeing Plan with a staff-safety factor and a withheld one, through
		// the records navigation
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("The person's records"))
			.getByText("Safety & Wellbeing Plan")
			.click();
		click("Start a Safety & Wellbeing Plan");
		addFactor("Staff safety / lone working", "Large dog at the flat: text before visiting so it can be shut away",
				false);
		addFactor("Exploitation or abuse by others", "A neighbour asks for money on payday", true);
		assertThat(page.getByText("A neighbour asks for money on payday")).isVisible();
		assertAccessible(page);

		// the worker links the peer from the person's page, which shows where both
		// records stand
		visit("/service-users/" + person);
		assertThat(page.locator("#record-support-overview")).containsText("Draft");
		assertThat(page.locator("#record-safety-plan")).containsText("2 factors");
		assertThat(page.locator("#contact-status")).containsText("No successful contact yet");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Link a peer support worker")).click();
		assertAccessible(page);
		page.getByLabel("Peer support worker", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Dee Walsh (demo)"));
		page.getByLabel("The Action Plan and the contact notes shared with the person").check();
		click("Link");
		// without the person's agreement nothing is linked, and the choices made are kept
		assertThat(page.getByText("Confirm that the person agreed to the link").first()).isVisible();
		assertThat(page.getByLabel("The Action Plan and the contact notes shared with the person")).isChecked();
		assertAccessible(page);
		page.locator("#consent").check();
		click("Link");
		assertThat(page.getByText("Peer support worker linked", new Page.GetByTextOptions().setExact(true)))
			.isVisible();
		assertNoHorizontalScroll();

		// the peer sees the warning, but not the withheld factor
		newSession(true);
		signIn("peer");
		visit("/service-users/" + person);
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Staff safety warning")))
			.containsText("Large dog at the flat");
		assertThat(page.locator("[data-peer-scope]")).containsText("The Action Plan and the contact notes shared");
		// a peer never opens the Safety & Wellbeing Plan itself: the staff-safety banner
		// is what reaches them
		assertThat(page.locator("#record-safety-plan")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("A neighbour asks for money");
		visit("/service-users/" + person + "/safety-plan");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
		org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("A neighbour asks for money");
		assertNoHorizontalScroll();
	}

	private void addFactor(String category, String description, boolean withhold) {
		click("Add a factor");
		assertAccessible(page);
		page.getByLabel("Category").selectOption(new SelectOption().setLabel(category));
		page.getByLabel("What could happen").fill(description);
		page.locator("#likelihood").check();
		page.locator("#impact-HIGH").check();
		if (withhold) {
			page.locator("#withheld-true").check();
			page.locator("#withheldReason").check();
		}
		click("Save");
	}

	private long northPerson() {
		long team = ids.north();
		return jdbc.sql("""
				insert into service_user (reference, legal_name, team_id, status)
				values (?, ?, ?, 'ACTIVE') returning id
				""")
			.params("KW-S" + Long.toString(UNIQUE.incrementAndGet(), 36), "Browser Records Person", team)
			.query(Long.class)
			.single();
	}

}
