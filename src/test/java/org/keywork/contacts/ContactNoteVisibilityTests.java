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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visibility rule (ADR 008) for notes: versions, lifted restrictions and staff-only
 * details.
 */
@KeyworkTest
class ContactNoteVisibilityTests extends ContactNoteTestBase {

	@Test
	void liftingARestrictionNeverShowsWhatWasRestrictedWhenWritten() throws Exception {
		long person = personWithPeer("Lifted");
		String secret = "Restricted original " + TestPeople.uniqueName("r");
		long id = save(person, "manager", secret, "restricted", "true", "restrictedReason", "Kept close at first");
		long version = jdbc.sql("select version from contact_note where id = ?").param(id).query(Long.class).single();
		String lifted = "Shared after review " + TestPeople.uniqueName("s");
		mvc.perform(post("/service-users/{id}/contact-notes/{n}/correct", person, id).with(csrf())
			.with(users.as("manager"))
			.param("contactAt", LocalDateTime.now(LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
			.param("type", "HOME_VISIT")
			.param("note", lifted)
			.param("correctionReason", "Restriction no longer needed")
			.param("version", String.valueOf(version))).andExpect(status().isFound());

		for (String reader : new String[] { "jordan", "peer" }) {
			mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(lifted)))
				.andExpect(content().string(not(containsString(secret))))
				.andExpect(content().string(not(containsString("Kept close at first"))))
				.andExpect(content().string(not(containsString("data-note-version"))));
		}
		mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("worker")))
			.andExpect(content().string(containsString(lifted)))
			.andExpect(content().string(containsString(secret)));
	}

	@Test
	void aStaffOnlyDetailIsReadByStaffAndNeverByAPeer() throws Exception {
		long person = personWithPeer("Detail");
		String shared = "Talked about the noise complaint " + TestPeople.uniqueName("n");
		String detail = "Neighbour at number 4 complained " + TestPeople.uniqueName("d");
		long id = save(person, "worker", shared, "staffOnlyDetail", detail, "staffOnlyReason", "THIRD_PARTY");
		for (String staff : new String[] { "worker", "jordan", "manager" }) {
			mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as(staff)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(detail)))
				.andExpect(content().string(containsString("Not shared with the person")));
		}
		mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shared)))
			.andExpect(content().string(not(containsString(detail))));
		mvc.perform(get("/team/withheld").with(users.as("manager")))
			.andExpect(content().string(containsString("Staff-only detail of a contact note")));
	}

	@Test
	void aStaffOnlyDetailNeedsAReasonAndTheFormKeepsIt() throws Exception {
		long person = person("Detail Reason");
		mvc.perform(note(person, "A visit").param("staffOnlyDetail", "Kept text 123").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose why the staff-only detail is not shared")))
			.andExpect(content().string(containsString("Kept text 123")));
		assertThat(count(person)).isZero();
	}

	@Test
	void aPeerWhoseLinkDoesNotIncludeNotesReadsNone() throws Exception {
		long person = person("Narrow Peer");
		TestPeople.peer("peer")
			.linkedTo(person)
			.scope("ACTION_PLAN")
			.agreedOn(LocalDate.of(2026, 1, 1))
			.save(mvc, users, jdbc);
		String shared = "Shared but out of the peer's scope " + TestPeople.uniqueName("o");
		long id = save(person, "worker", shared);
		mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("peer")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/service-users/{id}", person).with(users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(shared))));
	}

	private long personWithPeer(String name) throws Exception {
		long person = person(name);
		TestPeople.peer("peer")
			.linkedTo(person)
			.scope("NOTES")
			.agreedOn(LocalDate.of(2026, 1, 1))
			.save(mvc, users, jdbc);
		return person;
	}

}
