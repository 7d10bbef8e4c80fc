package org.keywork.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wellbeing scales on a phone: the demo service user completes SWEMWBS in the portal and
 * is told their metric score; every new wellbeing page, for the person, their worker and
 * the manager, passes axe and fits 375 px.
 */
@KeyworkTest
class WellbeingBrowserIT extends BrowserTest {

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void theServiceUserCompletesSwemwbsInThePortalAndSeesTheMetricScore() {
		signIn("serviceuser");
		visit("/my-support/wellbeing");
		assertThat(heading()).hasText("How you have been feeling");
		// the demo history: four readings, going up with a dip
		assertThat(page.locator("#trend-SWEMWBS [data-trend]")).containsText("Your score went from");
		assertThat(page.locator("svg[role=img]").first()).isVisible();
		fits();

		click("Answer the short questionnaire (7 statements)");
		assertThat(page.locator("fieldset")).hasCount(7);
		fits();
		// nothing chosen: every statement is asked for
		click("Save my answers");
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertThat(page.locator(".govuk-error-summary li")).hasCount(7);
		fits();

		Locator statements = page.locator("fieldset");
		for (int i = 0; i < 7; i++) {
			statements.nth(i).getByLabel("Often", new Locator.GetByLabelOptions().setExact(true)).check();
		}
		click("Save my answers");
		// 7 × "Often" (4) = raw 28, metric 25.03
		assertThat(page.getByText("Thank you. Your SWEMWBS score is 25.03.")).isVisible();
		assertThat(page.locator("#readings")).containsText("25.03");
		fits();
	}

	@Test
	@Phone
	void everyWellbeingPageOfStaffFitsAPhoneAndPassesAxe() {
		long jamie = ids.jamie();
		signIn("worker");
		for (String path : new String[] { "/service-users/" + jamie + "/wellbeing",
				"/service-users/" + jamie + "/wellbeing/new?scale=SWEMWBS",
				"/service-users/" + jamie + "/wellbeing/new?scale=WEMWBS", "/service-users/" + jamie,
				"/service-users/" + jamie + "?kind=OUTCOME" }) {
			assertThat(visit(path).status()).as(path).isEqualTo(200);
			fits();
		}
		visit("/service-users/" + jamie + "/wellbeing");
		assertThat(page.locator("svg[role=img][data-chart=SWEMWBS] .kw-chart__point")).hasCount(
				page.locator("#readings tbody tr").filter(new Locator.FilterOptions().setHasText("SWEMWBS")).count());
		assertThat(page.locator("[data-change]").first()).containsText("since the first reading");
		// a worker records a WEMWBS reading with the person
		visit("/service-users/" + jamie + "/wellbeing/new?scale=WEMWBS");
		Locator statements = page.locator("fieldset:has(.govuk-radios)");
		for (int i = 0; i < 14; i++) {
			statements.nth(i).getByLabel("Some of the time", new Locator.GetByLabelOptions().setExact(true)).check();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(page.getByText("WEMWBS reading saved: score 42.")).isVisible();
		fits();

		signOut();
		signIn("manager");
		visit("/team/outcomes/wellbeing");
		assertThat(page.locator("svg[role=img]").first()).isVisible();
		assertThat(page.locator("#team-wellbeing")).isVisible();
		fits();
	}

	private void fits() {
		assertAccessible(page);
		assertNoHorizontalScroll();
	}

}
