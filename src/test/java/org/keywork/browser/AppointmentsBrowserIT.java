package org.keywork.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Appointments on phones: the demo person ({@code serviceuser}, Jamie Brooks) asks to
 * move one in the portal, and their keyworker sees the request on My caseload and beside
 * the appointment, and deals with it. Every new page is checked with axe at 375 px.
 */
@KeyworkTest
class AppointmentsBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void serviceuserAsksToMoveAnAppointmentAndTheKeyworkerSeesIt() {
		long jamie = ids.jamie();
		String purpose = "Browser test " + System.nanoTime() + ": the rent statement";
		long appointment = jdbc.sql("""
				insert into appointment (service_user_id, starts_on, starts_at, place, with_account_id, purpose,
				  created_by)
				values (?, ?, '16:15', 'The office, 12 Mill Lane', ?, ?, ?)
				returning id
				""")
			.params(jamie, LocalDate.now().plusDays(5), ids.account("worker"), purpose, ids.account("worker"))
			.query(Long.class)
			.single();

		signIn("serviceuser");
		visit("/my-support");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your appointments, and asking to move one"))
			.click();
		assertAccessible(page);
		assertNoHorizontalScroll();
		Locator card = page.locator("[data-appointment]").filter(new Locator.FilterOptions().setHasText(purpose));
		assertThat(card).hasCount(1);
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ask to move this appointment")).click();
		assertThat(heading()).hasText("Ask to move an appointment");
		assertAccessible(page);
		assertNoHorizontalScroll();
		// nothing typed: shown again with a summary
		click("Send to my keyworker");
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertAccessible(page);
		page.getByLabel("Why would you like to move it?").fill("I have a hospital appointment that afternoon");
		page.getByLabel("When would suit you?").fill("Any morning next week");
		click("Send to my keyworker");
		assertThat(page.getByText("Your keyworker will see your request")).isVisible();

		Page worker = secondSession("worker");
		worker.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		worker.navigate(url("/caseload"));
		assertThat(worker.locator("#waiting-for-you")).containsText("asked to move an appointment");
		worker.navigate(url("/service-users/" + jamie + "/appointments"));
		assertAccessible(worker);
		Locator mine = worker.locator("#appointment-" + appointment);
		assertThat(mine).containsText("I have a hospital appointment that afternoon");
		assertThat(mine).containsText("Any morning next week");
		mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as dealt with")).click();
		assertThat(worker.getByText("Marked as dealt with.")).isVisible();
		assertThat(worker.locator("#appointment-" + appointment + " [data-move-request]")).hasCount(0);
		fits(worker, "/service-users/" + jamie + "/appointments");
		fits(worker, "/service-users/" + jamie + "/appointments/new");
		fits(worker, "/service-users/" + jamie + "/appointments/" + appointment + "/edit");
		fits(worker, "/service-users/" + jamie);
	}

	@Test
	@Phone
	void aWorkerSetsTheirWorkPhoneOnTheirAccountPageOnAPhone() {
		signIn("jordan");
		visit("/account");
		assertNoHorizontalScroll();
		page.getByLabel("Work phone (optional)").fill("call me");
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("Work phone (optional)").fill("07700 900 456");
		click("Save");
		assertThat(page.getByText("Your work phone and hours are saved.")).isVisible();
		assertAccessible(page);
	}

	private void fits(Page other, String path) {
		other.navigate(url(path));
		assertAccessible(other);
		Object width = other.evaluate("document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
			.as(path)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

}
