package org.keywork.contacts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class RecordingContactNotesTests extends ContactNoteTestBase {

	@Test
	void theQuickFormIsPrefilledAndOneSubmitSaves() throws Exception {
		long person = person("Quick");
		mvc.perform(get("/service-users/{id}/contact-notes/new", person).with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"HOME_VISIT\" selected")))
			.andExpect(content().string(containsString("value=\"60\"")))
			.andExpect(content().string(containsString("data-draft-key=\"keywork.contact-note.")))
			.andExpect(content().string(containsString("/js/contact-note-draft.js")))
			.andExpect(content().string(containsString("<details class=\"govuk-details\"")));
		long id = save(person, "worker", "We planned the week together and Sam helped with the shopping list.",
				"miEvoking", "Talked about getting back to the allotment");
		mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We planned the week together")))
			.andExpect(content().string(containsString("Talked about getting back to the allotment")));
		mvc.perform(get("/service-users/{id}", person).with(users.as("worker")))
			.andExpect(content().string(containsString("We planned the week together")));
	}

	@Test
	void aContactInTheFutureIsRefused() throws Exception {
		long person = person("Future");
		mvc.perform(post("/service-users/{id}/contact-notes", person).with(csrf())
			.with(users.as("worker"))
			.param("contactAt", LocalDateTime.now(LONDON).plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString())
			.param("type", "HOME_VISIT")
			.param("note", "Not yet"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The contact cannot be in the future")));
		assertThat(count(person)).isZero();
	}

	@Test
	void aLengthTooLongForANumberSaysWhatItMayBe() throws Exception {
		long person = person("Long");
		mvc.perform(post("/service-users/{id}/contact-notes", person).with(csrf())
			.with(users.as("worker"))
			.param("contactAt", LocalDateTime.now(LONDON).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString())
			.param("type", "HOME_VISIT")
			.param("durationMinutes", "99999999999")
			.param("note", "Typed text kept"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number of minutes from 0 to 1440")))
			.andExpect(content().string(containsString("Typed text kept")));
		assertThat(count(person)).isZero();
	}

	@Test
	void withholdingNeedsAReason() throws Exception {
		long person = person("Withheld");
		mvc.perform(note(person, "About a neighbour").with(users.as("worker")).param("withheld", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose why it is not shared with the person")));
		mvc.perform(note(person, "About a neighbour").with(users.as("worker"))
			.param("withheld", "true")
			.param("withheldReason", "THIRD_PARTY")).andExpect(status().isFound());
		assertThat(jdbc.sql("select shared from contact_note where service_user_id = ?")
			.param(person)
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void aSignalThatDropsOrASessionThatEndsSendsThePostToSignIn() throws Exception {
		long person = person("Expired");
		// the browser still sends the cookie of a session that has ended (sessions
		// live
		// in the database and the cookie carries the id in Base64, ADR 017)
		String ended = java.util.Base64.getEncoder()
			.encodeToString("ended-session".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(note(person, "Typed while the session ended")
			.cookie(new jakarta.servlet.http.Cookie("JSESSIONID", ended))).andExpect(redirectedUrl("/login?expired"));
		assertThat(count(person)).isZero();
	}

	@Test
	void aPeerRecordsAPeerContact() throws Exception {
		long person = person("Peer");
		TestPeople.peer("peer")
			.linkedTo(person)
			.scope("NOTES")
			.agreedOn(LocalDate.of(2026, 1, 1))
			.save(mvc, users, jdbc);
		save(person, "peer", "Went to the football together. Good to catch up.");
		assertThat(jdbc.sql("select peer_contact from contact_note where service_user_id = ?")
			.param(person)
			.query(Boolean.class)
			.single()).isTrue();
	}

}
