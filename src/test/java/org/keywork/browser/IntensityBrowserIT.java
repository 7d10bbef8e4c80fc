package org.keywork.browser;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A worker, on a phone, steps a person up for a crisis from the person's page and sees
 * the shorter target on their caseload; every intensity page is accessible and fits 375
 * px.
 */
@KeyworkTest
class IntensityBrowserIT extends BrowserTest {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerStepsAPersonUpForACrisisAndSeesTheTargetOnTheCaseload() {
		long person = northPerson();
		signIn("worker");

		visit("/service-users/" + person);
		assertThat(page.locator("#intensity")).containsText("Standard");
		page.locator("#intensity").getByRole(AriaRole.LINK).click();
		assertThat(page.locator("[data-target]")).containsText("7 days");
		assertAccessible(page);
		assertNoHorizontalScroll();

		click("Change the level");
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.locator("#level-LIGHT").check();
		page.getByLabel("Why").fill("Working part time and managing well");
		click("Save");
		assertThat(page.locator("[data-target]")).containsText("14 days");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Step up for a crisis")).click();
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Why").fill("Lost the job; rent arrears letter");
		page.getByLabel("Until").fill(LocalDate.now().plusDays(5).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Step up for a crisis")).click();
		assertThat(page.locator("[data-target]")).containsText("3 days");
		assertThat(page.locator("[data-crisis]")).isVisible();
		assertThat(page.locator("[data-history]")).containsText("Lost the job; rent arrears letter");
		assertAccessible(page);
		assertNoHorizontalScroll();

		visit("/caseload");
		Locator row = page.locator("[data-person-id='" + person + "']");
		assertThat(row.locator("[data-crisis-target]")).containsText("every 3 days");
		assertThat(row.locator("[data-overdue]")).isVisible();
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

	@Test
	@Phone
	void thePersonReadsTheirSupportLevelAndAnAdministratorSeesTheTeamsTargets() {
		signIn("serviceuser");
		visit("/my-support");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("How much support you get")).click();
		assertThat(page.locator("[data-portal-level]")).containsText("at least every");
		assertAccessible(page);
		assertNoHorizontalScroll();
		signOut();

		signIn("admin");
		visit("/admin/teams/" + this.ids.north() + "/edit");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Contact targets and reviews for each support level"))
			.click();
		Locator light = page.locator("[data-level-row='LIGHT']");
		light.getByLabel("Contact target, in days").fill("0");
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a contact target from 1 to 90 days");
		assertThat(light.getByLabel("Contact target, in days")).hasValue("0");
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

	/** An active person of the worker's, last visited five days ago. */
	private long northPerson() {
		long person = this.jdbc.sql("""
				insert into service_user (reference, legal_name, team_id, status, support_start, keyworker_id)
				values (?, ?, ?, 'ACTIVE', current_date - 60, ?) returning id
				""")
			.params("KW-I" + Long.toString(UNIQUE.incrementAndGet(), 36), "Browser Intensity Person", this.ids.north(),
					this.ids.account("worker"))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into contact_note (service_user_id, author_id, contact_at, type, note)
				values (?, ?, ?, 'HOME_VISIT', 'Visit')
				""")
			.params(person, this.ids.account("worker"), Timestamp.from(Instant.now().minus(Duration.ofDays(5))))
			.update();
		return person;
	}

}
