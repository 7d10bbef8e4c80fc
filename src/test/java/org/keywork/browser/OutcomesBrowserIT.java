package org.keywork.browser;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Star readings on phones: a worker enters two readings and the star shows two polygons
 * with the table of every area; every new page (the star, the form, the portal star, the
 * team view, the measures) is axe-clean with no sideways scroll at 375 px.
 */
@KeyworkTest
class OutcomesBrowserIT extends BrowserTest {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerEntersTwoReadingsAndTheStarShowsTwoPolygonsAndTheTable() {
		long person = this.jdbc.sql("""
				insert into service_user (reference, legal_name, preferred_name, team_id, status, keyworker_id)
				values (?, 'Robin Star Person', 'Robin', ?, 'ACTIVE', ?) returning id
				""")
			.params("KW-S" + Long.toString(UNIQUE.incrementAndGet(), 36), this.ids.north(), this.ids.account("worker"))
			.query(Long.class)
			.single();
		signIn("worker");
		visit("/service-users/" + person + "/outcomes");
		assertNoHorizontalScroll();

		enterReading(person, LocalDate.now().minusDays(90), 3);
		enterReading(person, LocalDate.now(), 6);

		visit("/service-users/" + person + "/outcomes");
		assertThat(page.locator("svg.kw-star__svg polygon.kw-star__polygon")).hasCount(2);
		assertThat(page.locator("#star-table tbody tr")).hasCount(10);
		assertThat(page.locator("#star-table")).containsText("+3");
		assertAccessible(page);
		assertNoHorizontalScroll();

		signIn("serviceuser");
		visit("/my-support/outcomes");
		assertThat(page.locator("svg.kw-star__svg")).hasCount(1);
		assertAccessible(page);
		assertNoHorizontalScroll();

		signIn("manager");
		visit("/team/outcomes");
		assertThat(page.locator("#team-star-table")).isVisible();
		assertAccessible(page);
		assertNoHorizontalScroll();

		signIn("admin");
		visit("/admin/measures");
		assertNoHorizontalScroll();
		visit("/admin/measures/new");
		assertNoHorizontalScroll();
	}

	private void enterReading(long person, LocalDate on, int score) {
		visit("/service-users/" + person + "/outcomes/new");
		page.locator("#takenOn").fill(on.toString());
		for (int i = 0; i < 10; i++) {
			page.locator("[id='areas[" + i + "]-score']").fill(String.valueOf(i == 9 ? 5 : score));
		}
		assertAccessible(page);
		assertNoHorizontalScroll();
		click("Save reading");
		assertThat(page.locator(".govuk-notification-banner, h1")).not().hasCount(0);
	}

}
