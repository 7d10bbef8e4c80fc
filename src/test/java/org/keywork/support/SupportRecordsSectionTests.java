package org.keywork.support;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPlans;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person's page shows where each of their three support records stands, to those who
 * may see it.
 */
@KeyworkTest
class SupportRecordsSectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	SupportTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new SupportTestSupport(mvc, users, jdbc);
	}

	@Test
	void aPersonWithNoRecordsShowsEachAsNotWrittenYetWithALinkToStartIt() throws Exception {
		long id = support.person(SupportTestSupport.unique("Hub Empty"));
		String page = page(id, "worker");
		assertThat(page).contains("<h2 class=\"govuk-heading-m\">Support records</h2>");
		for (String slug : new String[] { "support-overview", "safety-plan", "action-plan" }) {
			assertThat(row(page, slug)).contains("Not written yet")
				.contains("href=\"/service-users/" + id + "/" + slug + "\"");
		}
	}

	@Test
	void statusReviewProgressAndWithholdingAreShownToStaff() throws Exception {
		long id = support.person(SupportTestSupport.unique("Hub Records"));
		LocalDate today = LocalDate.now();
		record(id, "ACTION_PLAN", 1, "DRAFT", null, null, false, """
				{"aspirations": null, "goals": [
				  {"id": "g1", "goal": "A", "area": "MONEY", "steps": [
				    {"id": "s1", "what": "one", "owner": "PERSON", "status": "DONE"},
				    {"id": "s2", "what": "two", "owner": "PERSON", "status": "IN_PROGRESS"},
				    {"id": "s3", "what": "gone", "owner": "PERSON", "status": "NO_LONGER_NEEDED"}]},
				  {"id": "g2", "goal": "B", "area": "MONEY", "steps": [
				    {"id": "s4", "what": "three", "owner": "PERSON", "status": "DONE"},
				    {"id": "s5", "what": "four", "owner": "PERSON", "status": "NOT_STARTED"}]}]}
				""");
		record(id, "OVERVIEW", 1, "AGREED", today.minusMonths(4), today.minusDays(3), false, "{}");
		record(id, "SAFETY_PLAN", 1, "AGREED", today.minusMonths(3), today.minusDays(1), false, "{}");
		record(id, "SAFETY_PLAN", 2, "AGREED", today.minusDays(80), today.plusDays(5), true, """
				{"factors": [
				  {"id": "f1", "category": "OWN_HEALTH", "description": "shared", "withheld": false},
				  {"id": "f2", "category": "OWN_HEALTH", "description": "kept back", "withheld": true}]}
				""");

		String page = page(id, "worker");
		// the draft Action Plan: 2 goals, 2 of the 4 steps that still count are done
		assertThat(row(page, "action-plan")).contains("Draft", "version 1, not yet agreed",
				"2 goals: 2 of 4 steps done (50%)", "value=\"50\"");
		// the overview's review date has passed
		assertThat(row(page, "support-overview")).contains("Agreed", "Overdue")
			.containsPattern("Agreed</strong>\\s*with the person on")
			.doesNotContainIgnoringCase("agreed with the person");
		// only the latest safety plan counts: due in five days, withheld from the person,
		// both factors counted
		assertThat(row(page, "safety-plan")).contains("Due soon", "Withheld", "2 factors").doesNotContain("Overdue");
	}

	@Test
	void aPeerSeesNeitherAWithheldRecordNorAWithheldFactor() throws Exception {
		long id = support.person(SupportTestSupport.unique("Hub Peer"));
		support.linkPeer(id, "OVERVIEW");
		LocalDate today = LocalDate.now();
		record(id, "SAFETY_PLAN", 1, "AGREED", today, today.plusMonths(3), false, """
				{"factors": [
				  {"id": "f1", "category": "OWN_HEALTH", "description": "shared", "withheld": false},
				  {"id": "f2", "category": "OWN_HEALTH", "description": "kept back", "withheld": true}]}
				""");
		record(id, "OVERVIEW", 1, "AGREED", today, today.plusMonths(3), true, "{}");

		String peerPage = page(id, "peer");
		assertThat(peerPage).as("a peer never sees the Safety & Wellbeing Plan")
			.doesNotContain("id=\"record-safety-plan\"");
		assertThat(row(page(id, "worker"), "safety-plan")).contains("2 factors");
		assertThat(row(peerPage, "support-overview")).contains("Not written yet").doesNotContain("Withheld", "Agreed");
		assertThat(row(page(id, "worker"), "support-overview")).contains("Withheld", "Agreed");
	}

	@Test
	void noOneOutsideThePersonsReachGetsThePage() throws Exception {
		long id = support.person(SupportTestSupport.unique("Hub Reach"));
		for (String who : new String[] { "worker2", "peer" }) {
			mvc.perform(get("/service-users/" + id).with(users.as(who)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Support records"))));
		}
	}

	private String page(long id, String who) throws Exception {
		return mvc.perform(get("/service-users/" + id).with(users.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The HTML of one record's row in the "Support records" list. */
	private static String row(String page, String slug) {
		int start = page.indexOf("id=\"record-" + slug + "\"");
		assertThat(start).as("row for " + slug).isPositive();
		int end = page.indexOf("govuk-summary-list__row", start);
		return page.substring(start, end < 0 ? page.indexOf("</dl>", start) : end);
	}

	private void record(long personId, String kind, int number, String status, LocalDate agreedOn, LocalDate reviewDue,
			boolean withheld, String content) {
		TestPlans.of(personId, kind)
			.version(number)
			.status(status)
			.agreedOn(agreedOn)
			.reviewDue(reviewDue)
			.withheld(withheld ? "THIRD_PARTY" : null)
			.content(content)
			.save(this.jdbc);
	}

}
