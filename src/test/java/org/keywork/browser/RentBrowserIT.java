package org.keywork.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.web.Dates;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The rent account on phones: a worker enters a payment into Jamie Brooks's account (a
 * mistake first), then imports a small landlord's statement through the column mapping
 * and the preview; Jamie ({@code serviceuser}) reads their account in the portal. The new
 * pages are checked with axe at 375 px.
 */
@KeyworkTest
class RentBrowserIT extends BrowserTest {

	@Autowired
	DemoIds ids;

	@Autowired
	Dates dates;

	@Test
	@Phone
	void aWorkerEntersAPaymentAndImportsAStatementAndThePersonReadsTheirAccount() {
		long jamie = ids.jamie();
		String tag = String.valueOf(System.nanoTime());

		signIn("worker");
		visit("/service-users/" + jamie + "/rent");
		assertThat(page.locator("[data-rent-summary]")).containsText("owed");
		assertNoHorizontalScroll();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enter a charge or payment")).first().click();
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("A payment (money paid)").check();
		page.getByLabel("Amount (GBP)").fill("12.345");
		page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true)).fill("Paid at the office " + tag);
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).containsText("positive number like 96.50");
		assertThat(page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Paid at the office " + tag);
		assertAccessible(page);
		page.getByLabel("Amount (GBP)").fill("20.00");
		click("Save");
		assertThat(page.getByText("The entry was added to the rent account.")).isVisible();
		assertThat(page.locator("[data-rent-entries]")).containsText("Paid at the office " + tag);
		assertAccessible(page);
		assertNoHorizontalScroll();

		click("Import a landlord's statement");
		assertAccessible(page);
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
		String csv = "Date,Transaction,Debit,Credit\r\n" + format.format(dates.today()) + ",\"Rent, browser " + tag
				+ "\",96.50,\r\n" + format.format(dates.today()) + ",UC housing payment,,96.50\r\n";
		page.getByLabel("The statement (a CSV file)")
			.setInputFiles(new FilePayload("statement.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		click("Upload and continue");
		assertThat(heading()).hasText("Which column is which");
		assertAccessible(page);
		assertNoHorizontalScroll();
		page.getByLabel("The date", new Page.GetByLabelOptions().setExact(true)).selectOption("1");
		page.getByLabel("How dates are written").selectOption("DAY_MONTH_YEAR");
		page.getByLabel("The description", new Page.GetByLabelOptions().setExact(true)).selectOption("2");
		page.getByLabel("How the money is shown").selectOption("SEPARATE");
		page.getByLabel("The charge (debit) column", new Page.GetByLabelOptions().setExact(false)).selectOption("3");
		page.getByLabel("The payment (credit) column", new Page.GetByLabelOptions().setExact(false)).selectOption("4");
		click("Check the rows");
		assertThat(heading()).hasText("Check before importing");
		assertThat(page.locator("[data-import-summary]")).containsText("£96.50");
		assertAccessible(page);
		assertNoHorizontalScroll();
		click("Import 2 rows");
		Locator status = page.locator("[data-import-status]");
		for (int i = 0; i < 20 && !"IMPORTED".equals(status.getAttribute("data-status")); i++) {
			page.waitForTimeout(250);
			page.reload();
		}
		assertThat(status).hasAttribute("data-status", "IMPORTED");
		assertAccessible(page);
		assertNoHorizontalScroll();
		visit("/service-users/" + jamie + "/rent");
		assertThat(page.locator("[data-rent-entries]")).containsText("Rent, browser " + tag);

		signOut();
		signIn("serviceuser");
		visit("/my-support");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your rent account")).click();
		assertThat(heading()).hasText("Your rent account");
		assertThat(page.locator("[data-rent-summary]")).containsText("owed");
		assertThat(page.locator("main")).containsText("Paid at the office " + tag);
		assertThat(page.locator("main")).containsText("Rent, browser " + tag);
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

}
