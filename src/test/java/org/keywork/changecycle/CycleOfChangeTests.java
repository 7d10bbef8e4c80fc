package org.keywork.changecycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Cycle of Change as staff, peers and the person meet it: naming an issue, recording
 * stages (on their own or with a contact note), the path and the current stage, and who
 * may see what (ADR 012).
 */
@KeyworkTest
class CycleOfChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Nested
	class ThePath {

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

	@Nested
	class WithAContactNote {

		@Test
		void aStageIsRecordedWithTheNoteInOneSubmitAndLinkedToIt() throws Exception {
			long person = person();
			nameIssue(person, "drinking", "PREPARATION", LocalDate.now().minusDays(20), false);
			long issue = issueId(person, "drinking");
			assertThat(page("/service-users/" + person + "/contact-notes/new", "worker"))
				.contains("Did the person move on the cycle of change?", "drinking (now: Preparation)");

			LocalDateTime at = LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES);
			String location = mvc
				.perform(note(person, "worker", at, "Talked about the weekend.")
					.param("additions[cycleIssue]", String.valueOf(issue))
					.param("additions[cycleStage]", "ACTION")
					.param("additions[cycleWords]", "No drink since Monday."))
				.andExpect(status().isFound())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long noteId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			var row = jdbc.sql("""
					select stage, stage_on, their_words, contact_note_id from cycle_stage
					where issue_id = ? order by id desc limit 1""").param(issue).query().singleRow();
			assertThat(row.get("stage")).isEqualTo("ACTION");
			assertThat(row.get("their_words")).isEqualTo("No drink since Monday.");
			assertThat(((Number) row.get("contact_note_id")).longValue()).isEqualTo(noteId);
			assertThat(row.get("stage_on").toString()).isEqualTo(at.toLocalDate().toString());
			assertThat(page("/service-users/" + person + "/cycle-of-change", "worker"))
				.contains("/service-users/" + person + "/contact-notes/" + noteId);
		}

		@Test
		void aMistakeInTheStageKeepsTheNotesTextAndSavesNothing() throws Exception {
			long person = person();
			nameIssue(person, "drinking", "PREPARATION", LocalDate.now().minusDays(20), false);
			long issue = issueId(person, "drinking");
			String page = mvc
				.perform(note(person, "worker", LocalDateTime.now().minusHours(1), "A long talk about the garden.")
					.param("additions[cycleIssue]", String.valueOf(issue))
					.param("additions[cycleWords]", "Feeling ready."))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("govuk-error-summary", "Choose the new stage on the cycle of change",
					"href=\"#additions[cycleStage]\"", "A long talk about the garden.", "Feeling ready.");
			assertThat(notes(person)).isZero();
			assertThat(stages(issue)).isEqualTo(1);
		}

		@Test
		void aPeerIsNotOfferedItAndAForgedStageIsRefusedWithTheNote() throws Exception {
			long person = person();
			TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);
			nameIssue(person, "drinking", "PREPARATION", LocalDate.now().minusDays(20), false);
			long issue = issueId(person, "drinking");
			assertThat(page("/service-users/" + person + "/contact-notes/new", "peer"))
				.doesNotContain("cycle of change", "additions[");
			mvc.perform(note(person, "peer", LocalDateTime.now().minusHours(1), "Walk in the park.")
				.param("additions[cycleIssue]", String.valueOf(issue))
				.param("additions[cycleStage]", "ACTION")).andExpect(status().isForbidden());
			assertThat(notes(person)).isZero();
			assertThat(stages(issue)).isEqualTo(1);
			// a note with none of them is fine
			mvc.perform(note(person, "peer", LocalDateTime.now().minusHours(1), "Walk in the park."))
				.andExpect(status().isFound());
		}

	}

	@Nested
	class WhoSeesWhat {

		@Test
		void aPeerWithoutTheOverviewScopeSeesNothingAndOneWithItSeesSharedIssuesOnly() throws Exception {
			long person = person();
			nameIssue(person, "paying the rent", "CONTEMPLATION", LocalDate.now().minusDays(5), false);
			nameIssue(person, "my cousin's debt", "PREPARATION", LocalDate.now().minusDays(5), true);

			TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc);
			mvc.perform(get("/service-users/{id}/cycle-of-change", person).with(users.as("peer")))
				.andExpect(status().isNotFound());
			assertThat(page("/service-users/" + person, "peer")).doesNotContain("id=\"cycle-of-change\"",
					"paying the rent", "cousin");

			jdbc.sql("update peer_link set scope = 'OVERVIEW' where service_user_id = ? and ended_at is null")
				.param(person)
				.update();
			String cycle = page("/service-users/" + person + "/cycle-of-change", "peer");
			assertThat(cycle).contains("paying the rent").doesNotContain("cousin", "Record a stage", "Not shared");
			assertThat(page("/service-users/" + person, "peer")).contains("id=\"cycle-of-change\"", "paying the rent")
				.doesNotContain("cousin");

			// staff see both, the withheld one marked with its reason
			assertThat(page("/service-users/" + person + "/cycle-of-change", "worker")).contains("paying the rent",
					"my cousin&#39;s debt", "Not shared with the person");
		}

		@Test
		void anotherTeamsWorkerGetsNotFoundEverywhere() throws Exception {
			long person = person();
			nameIssue(person, "drinking", "CONTEMPLATION", LocalDate.now(), false);
			for (String path : new String[] { "/service-users/" + person + "/cycle-of-change",
					"/service-users/" + person + "/cycle-of-change/issues/new",
					"/service-users/" + person + "/cycle-of-change/stages/new" }) {
				mvc.perform(get(path).with(users.as("worker2"))).andExpect(status().isNotFound());
			}
			mvc.perform(post("/service-users/{id}/cycle-of-change/issues", person).with(csrf())
				.with(users.as("worker2"))
				.param("name", "forged")
				.param("stage", "ACTION")
				.param("on", LocalDate.now().toString())).andExpect(status().isNotFound());
			assertThat(count(person)).isEqualTo(1);
		}

		@Test
		void thePersonSeesTheirSharedIssuesInPlainWordsAndNeverAWithheldOne() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Cycle Portal");
			LocalDate march = LocalDate.now().minusMonths(3).withDayOfMonth(2);
			nameIssue(person, "drinking", "CONTEMPLATION", march, false);
			stage(person, issueId(person, "drinking"), "PREPARATION", march.plusMonths(1), "Ready soon.");
			nameIssue(person, "what my brother said", "ACTION", march, true);

			String page = page("/my-support/cycle-of-change", PortalPeople.username(person));
			String month = march.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
			assertThat(page).contains("drinking: you were thinking about it in " + month + ", getting ready to act in ",
					"You said: Ready soon.");
			assertThat(page).doesNotContain("brother");
		}

		@Test
		void theDemoPersonHasAPathWithALapseOneEntryRecordedWithANoteAndAWithheldIssueElsewhere() {
			var drinking = jdbc.sql("""
					select s.stage, s.contact_note_id from cycle_stage s join cycle_issue i on i.id = s.issue_id
					join service_user p on p.id = i.service_user_id
					where p.legal_name = 'Jamie Brooks' and i.name = 'drinking'
					order by s.stage_on, s.id""").query().listOfRows();
			assertThat(drinking).extracting(row -> row.get("stage"))
				.startsWith("PRE_CONTEMPLATION", "CONTEMPLATION", "PREPARATION", "ACTION", "LAPSE", "ACTION");
			assertThat(drinking.get(5).get("contact_note_id")).isNotNull();
			assertThat(jdbc.sql("select count(*) from cycle_issue where withheld and withheld_reason = 'THIRD_PARTY'")
				.query(Long.class)
				.single()).isPositive();
		}

		@Test
		void theCalloverShowsTheCurrentStageOfEachOpenIssue() throws Exception {
			long person = person();
			String name = TestPeople.uniqueName("housework");
			nameIssue(person, name, "CONTEMPLATION", LocalDate.now().minusDays(40), false);
			stage(person, issueId(person, name), "PREPARATION", LocalDate.now().minusDays(3), null);
			assertThat(page("/team/callover", "manager"))
				.contains(name + ": preparation (since " + dateText(LocalDate.now().minusDays(3)) + ")")
				.doesNotContain(name + ": contemplation");
		}

	}

	long person() throws Exception {
		return TestPeople.named(TestPeople.uniqueName("Cycle Person")).save(mvc, users, jdbc);
	}

	void nameIssue(long person, String name, String stage, LocalDate on, boolean withheld) throws Exception {
		MockHttpServletRequestBuilder request = post("/service-users/{id}/cycle-of-change/issues", person).with(csrf())
			.with(users.as("worker"))
			.param("name", name)
			.param("stage", stage)
			.param("on", on.toString())
			.param("words", "In my words: " + name);
		if (withheld) {
			request.param("withheld", "true").param("withheldReason", "THIRD_PARTY");
		}
		mvc.perform(request).andExpect(status().isFound());
	}

	void stage(long person, long issue, String stage, LocalDate on, String words) throws Exception {
		MockHttpServletRequestBuilder request = post("/service-users/{id}/cycle-of-change/stages", person).with(csrf())
			.with(users.as("worker"))
			.param("issueId", String.valueOf(issue))
			.param("stage", stage)
			.param("on", on.toString());
		if (words != null) {
			request.param("words", words);
		}
		mvc.perform(request).andExpect(status().isFound());
	}

	MockHttpServletRequestBuilder note(long person, String by, LocalDateTime at, String text) {
		return post("/service-users/{id}/contact-notes", person).with(csrf())
			.with(users.as(by))
			.param("contactAt", at.truncatedTo(ChronoUnit.MINUTES).toString())
			.param("durationMinutes", "30")
			.param("type", "HOME_VISIT")
			.param("note", text);
	}

	long issueId(long person, String name) {
		return jdbc.sql("select id from cycle_issue where service_user_id = ? and name = ?")
			.params(person, name)
			.query(Long.class)
			.single();
	}

	long count(long person) {
		return jdbc.sql("select count(*) from cycle_issue where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	long stages(long issue) {
		return jdbc.sql("select count(*) from cycle_stage where issue_id = ?").param(issue).query(Long.class).single();
	}

	long notes(long person) {
		return jdbc.sql("select count(*) from contact_note where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as("%s on the page", from).isNotNegative();
		int end = page.indexOf(to, start);
		return page.substring(start, end < 0 ? page.length() : end);
	}

	static int count(String text, String what) {
		int n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

	static String dateText(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
	}

}
