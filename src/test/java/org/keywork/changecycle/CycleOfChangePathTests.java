package org.keywork.changecycle;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Cycle of Change as staff record it: naming an issue, recording stages, the path and
 * the current stage, and forms with mistakes or that changed meanwhile.
 */
@KeyworkTest
class CycleOfChangePathTests extends CycleOfChangeSupport {

	@Test
	void aWorkerNamesAnIssueRecordsStagesAndSeesThePathAndTheCurrentStage() throws Exception {
		long person = person();
		LocalDate today = LocalDate.now();
		nameIssue(person, "drinking", "PRE_CONTEMPLATION", today.minusDays(90), false);
		long issue = issueId(person, "drinking");
		stage(person, issue, "CONTEMPLATION", today.minusDays(60), "I might cut down.");
		stage(person, issue, "ACTION", today.minusDays(30), null);
		stage(person, issue, "LAPSE", today.minusDays(10), "A bad week.");
		stage(person, issue, "ACTION", today.minusDays(2), "Back at the group.");

		String page = page("/service-users/" + person + "/cycle-of-change", "worker");
		assertThat(between(page, "data-current", "</p>"))
			.contains("Now: Action, since " + dateText(today.minusDays(2)));
		// the path as a table, oldest first, with the lapse marked
		String table = between(page, "data-path", "</table>");
		assertThat(table).containsSubsequence("data-stage=\"PRE_CONTEMPLATION\"", "data-stage=\"CONTEMPLATION\"",
				"data-stage=\"ACTION\"", "data-stage=\"LAPSE\"", "Lapse", "data-stage=\"ACTION\"");
		assertThat(table).contains("I might cut down.", "A bad week.", "Back at the group.", "(moved forward)");
		// the lapse is said once, by its tag
		assertThat(count(between(table, "data-stage=\"LAPSE\"", "</tr>"), "Lapse")).isEqualTo(1);
		// and as a chart with a text alternative: one marker per entry, one lapse
		String chart = between(page, "<svg", "</svg>");
		assertThat(chart).contains("role=\"img\"", "<title", "<desc", "5 entries since");
		assertThat(count(chart, "data-point")).isEqualTo(5);
		assertThat(count(chart, "data-lapse")).isEqualTo(1);
		// the person's page has the current stage
		assertThat(page("/service-users/" + person, "worker")).contains("id=\"cycle-of-change\"")
			.contains("Action, since " + dateText(today.minusDays(2)));
		// the timeline has the entries
		assertThat(page("/service-users/" + person + "?kind=OUTCOME", "worker"))
			.contains("Cycle of Change: drinking, Lapse");
	}

	@Test
	void aFormWithMistakesIsShownAgainWithWhatWasTypedAndASummary() throws Exception {
		long person = person();
		String page = mvc
			.perform(post("/service-users/{id}/cycle-of-change/issues", person).with(csrf())
				.with(users.as("worker"))
				.param("name", "paying the rent")
				.param("on", LocalDate.now().plusDays(3).toString())
				.param("words", "I want to sort it."))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("govuk-error-summary", "Choose a stage", "The date cannot be in the future",
				"value=\"paying the rent\"", "I want to sort it.");
		assertThat(count(person)).isZero();

		// no name at all
		assertThat(mvc
			.perform(post("/service-users/{id}/cycle-of-change/issues", person).with(csrf())
				.with(users.as("worker"))
				.param("name", " ")
				.param("stage", "ACTION")
				.param("on", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Enter the issue in the person&#39;s own words")
			.contains("href=\"#name\"")
			.doesNotContain("person&#39;&#39;s");

		// withholding needs a reason
		String withheld = mvc
			.perform(post("/service-users/{id}/cycle-of-change/issues", person).with(csrf())
				.with(users.as("worker"))
				.param("name", "my brother")
				.param("stage", "CONTEMPLATION")
				.param("on", LocalDate.now().toString())
				.param("withheld", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withheld).contains("govuk-error-summary");
		assertThat(count(person)).isZero();
	}

	@Test
	void aStageForAnotherPersonsIssueIsRefused() throws Exception {
		long person = person();
		long other = person();
		nameIssue(other, "smoking", "CONTEMPLATION", LocalDate.now(), false);
		long issue = issueId(other, "smoking");
		mvc.perform(post("/service-users/{id}/cycle-of-change/stages", person).with(csrf())
			.with(users.as("worker"))
			.param("issueId", String.valueOf(issue))
			.param("stage", "ACTION")
			.param("on", LocalDate.now().toString())).andExpect(status().isOk());
		assertThat(stages(issue)).isEqualTo(1);
	}

	@Test
	void closingAnIssueThatChangedMeanwhileIsExplainedAndChangesNothing() throws Exception {
		long person = person();
		nameIssue(person, "gambling", "CONTEMPLATION", LocalDate.now(), false);
		long issue = issueId(person, "gambling");
		mvc.perform(post("/service-users/{id}/cycle-of-change/issues/close", person).with(csrf())
			.with(users.as("worker"))
			.param("issueId", String.valueOf(issue))
			.param("version", "0")).andExpect(status().isFound());
		mvc.perform(post("/service-users/{id}/cycle-of-change/issues/close", person).with(csrf())
			.with(users.as("manager"))
			.param("issueId", String.valueOf(issue))
			.param("version", "0")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select version from cycle_issue where id = ?").param(issue).query(Long.class).single())
			.isEqualTo(1L);
		// a closed issue takes no new stage
		mvc.perform(post("/service-users/{id}/cycle-of-change/stages", person).with(csrf())
			.with(users.as("worker"))
			.param("issueId", String.valueOf(issue))
			.param("stage", "ACTION")
			.param("on", LocalDate.now().toString())).andExpect(status().isOk());
		assertThat(stages(issue)).isEqualTo(1);
	}

}
