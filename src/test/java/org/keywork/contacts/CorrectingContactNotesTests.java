package org.keywork.contacts;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class CorrectingContactNotesTests extends ContactNoteTestBase {

	@Test
	void aCorrectionKeepsTheEarlierVersion() throws Exception {
		long person = person("Correct");
		long id = save(person, "worker", "Visited on Tuesday and fixed the boiler form.");
		long version = jdbc.sql("select version from contact_note where id = ?").param(id).query(Long.class).single();
		mvc.perform(post("/service-users/{id}/contact-notes/{n}/correct", person, id).with(csrf())
			.with(users.as("worker"))
			.param("contactAt", LocalDateTime.now(LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
			.param("type", "HOME_VISIT")
			.param("durationMinutes", "45")
			.param("note", "Visited on Wednesday and filled in the boiler form together.")
			.param("correctionReason", "Wrong day")
			.param("version", String.valueOf(version))).andExpect(status().isFound());
		assertThat(jdbc.sql("select note from contact_note_version where contact_note_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Visited on Tuesday and fixed the boiler form.");
		mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("worker")))
			.andExpect(content().string(containsString("Visited on Wednesday")))
			.andExpect(content().string(containsString("Visited on Tuesday")))
			.andExpect(content().string(containsString("Wrong day")));
	}

	@Test
	void aStaleCorrectionIsShownAgainWithTheTextKept() throws Exception {
		long person = person("Stale");
		long id = save(person, "worker", "First text.");
		mvc.perform(post("/service-users/{id}/contact-notes/{n}/correct", person, id).with(csrf())
			.with(users.as("worker"))
			.param("contactAt", LocalDateTime.now(LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
			.param("type", "HOME_VISIT")
			.param("note", "My typed correction.")
			.param("correctionReason", "Typo")
			.param("version", "99"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("My typed correction.")));
	}

	@Test
	void anotherWorkerCannotCorrectSomeoneElsesNote() throws Exception {
		long person = person("NotYours");
		long id = save(person, "worker", "Sam's note.");
		mvc.perform(get("/service-users/{id}/contact-notes/{n}/correct", person, id).with(users.as("jordan")))
			.andExpect(status().isForbidden());
	}

}
