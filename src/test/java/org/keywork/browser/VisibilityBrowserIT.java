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
 * The visibility rule (ADR 008) as the demo shows it, on phones: Jamie reads the note
 * restricted to their keyworker and the manager (restricting never hides a note from the
 * person) but not the staff-only detail of another note; the peer, linked to see the
 * Action Plan and shared notes, sees neither the Support Overview nor the Safety &amp;
 * Wellbeing Plan, nor the restricted note, nor the staff-only detail.
 */
@KeyworkTest
class VisibilityBrowserIT extends BrowserTest {

	private static final String RESTRICTED = "asked that only their keyworker and the manager read this";

	private static final String SHARED_PART = "Talked through what happened and how to keep things calm";

	private static final String STAFF_ONLY = "The complaint came from the neighbour at flat 19";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void thePersonReadsTheRestrictedNoteAndThePeerOnlyWhatTheLinkAllows() {
		signIn("serviceuser");
		// other tests add notes for Jamie too: read the pages until both demo notes have
		// been seen
		StringBuilder seen = new StringBuilder();
		for (int p = 0; p < 6
				&& !(seen.toString().contains(RESTRICTED) && seen.toString().contains(SHARED_PART)); p++) {
			visit("/my-support/contact-notes?page=" + p);
			assertNoHorizontalScroll();
			seen.append(page.content());
		}
		org.assertj.core.api.Assertions.assertThat(seen.toString())
			.contains(RESTRICTED, SHARED_PART)
			.doesNotContain(STAFF_ONLY);

		long jamie = ids.jamie();
		long detailNote = this.jdbc.sql(
				"select id from contact_note where service_user_id = ? and staff_only_detail is not null order by id limit 1")
			.param(jamie)
			.query(Long.class)
			.single();

		newSession(true);
		signIn("peer");
		visit("/service-users/" + jamie);
		assertThat(page.locator("[data-peer-scope]")).containsText("The Action Plan and the contact notes shared");
		assertThat(page.locator("#record-action-plan")).hasCount(1);
		assertThat(page.locator("#record-support-overview")).hasCount(0);
		assertThat(page.locator("#record-safety-plan")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(RESTRICTED);
		assertNoHorizontalScroll();
		visit("/service-users/" + jamie + "/contact-notes/" + detailNote);
		assertThat(page.getByText(SHARED_PART, new Page.GetByTextOptions().setExact(false))).isVisible();
		org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(STAFF_ONLY);
		visit("/service-users/" + jamie + "/support-overview");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();

		newSession(true);
		signIn("worker");
		visit("/service-users/" + jamie + "/contact-notes/" + detailNote);
		assertThat(page.getByText(STAFF_ONLY, new Page.GetByTextOptions().setExact(false))).isVisible();
		assertNoHorizontalScroll();
	}

}
