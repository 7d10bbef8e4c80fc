package org.keywork.browser;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals and consent on a phone: a worker records Jamie's consent and makes a referral
 * that shares information; a sharing referral to an agency whose consent has expired is
 * refused with the message and a link to the consent page. Every new page (the
 * administrator's directory, the worker's consent and referral pages, the person's portal
 * pages) passes axe and fits 375 px.
 */
@KeyworkTest
class ReferralsBrowserIT extends BrowserTest {

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void aWorkerRecordsConsentAndMakesAReferralAndAnExpiredConsentIsRefused() {
		long jamie = ids.jamie();
		signIn("worker");
		visit("/service-users/" + jamie + "/consent");
		assertThat(page.locator("#consents")).containsText("Expired");
		fits();
		click("Record consent");
		fits();
		page.locator("#agencyId").selectOption(new SelectOption().setLabel("Open Door Learning"));
		page.locator("#what").fill("My name and that I want to do a course");
		page.getByLabel("In writing").check();
		click("Save");
		assertThat(page.getByText("Consent to share recorded")).isVisible();
		assertThat(page.locator("#consents")).containsText("Open Door Learning");

		// Money Advice Point: Jamie's consent expired
		visit("/service-users/" + jamie + "/referrals/new");
		fits();
		page.locator("#agencyId").selectOption(new SelectOption().setLabel("Money Advice Point"));
		page.locator("#reason").fill("Help with a new debt");
		page.locator("#sharesInformation").check();
		click("Make the referral");
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("has no valid consent to share with Money Advice Point");
		assertThat(page.locator("#no-consent a")).hasAttribute("href", "/service-users/" + jamie + "/consent");
		assertThat(page.locator("#reason")).hasValue("Help with a new debt");
		fits();

		page.locator("#agencyId").selectOption(new SelectOption().setLabel("Open Door Learning"));
		click("Make the referral");
		assertThat(page.getByText("Referral to Open Door Learning made")).isVisible();
		fits();
		visit("/service-users/" + jamie);
		assertThat(page.locator("#services-used")).containsText("Northtown Recovery Service");
		fits();
	}

	@Test
	@Phone
	void everyNewPageFitsAPhoneAndPassesAxe() {
		signIn("admin");
		visit("/admin/agencies");
		fits();
		click("Add an agency");
		fits();
		click("Save");
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		fits();
		visit("/admin/agencies");
		String edit = page.locator("a[href$='/edit']").first().getAttribute("href");
		assertThat(edit).isNotNull();
		visit(edit);
		fits();
		signOut();

		signIn("serviceuser");
		for (String path : new String[] { "/my-support/consent", "/my-support/referrals" }) {
			assertThat(visit(path).status()).as(path).isEqualTo(200);
			fits();
		}
		assertThat(page.locator("body")).containsText("Northtown Recovery Service");
	}

	private void fits() {
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

}
