package org.keywork.changecycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Cycle of Change stage recorded with a contact note, in one submit.
 */
@KeyworkTest
class CycleOfChangeContactNoteTests extends CycleOfChangeSupport {

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
	void aStageWithoutANoteLinksToNoNoteAndOneFromANoteWithoutWordsKeepsItsLink() throws Exception {
		long person = person();
		// the first stage is recorded with the person's words and no note
		nameIssue(person, "gambling", "CONTEMPLATION", LocalDate.now().minusDays(20), false);
		long issue = issueId(person, "gambling");
		String location = mvc
			.perform(note(person, "worker", LocalDateTime.now().minusHours(1), "Planned the week's budget.")
				.param("additions[cycleIssue]", String.valueOf(issue))
				.param("additions[cycleStage]", "PREPARATION"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long noteId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String page = page("/service-users/" + person + "/cycle-of-change", "worker");
		assertThat(page).contains("/service-users/" + person + "/contact-notes/" + noteId + "\"")
			.doesNotContain("/service-users/" + person + "/contact-notes/0\"");
		assertThat(page.split("/service-users/" + person + "/contact-notes/", -1)).hasSize(2);
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
		assertThat(page("/service-users/" + person + "/contact-notes/new", "peer")).doesNotContain("cycle of change",
				"additions[");
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
