package org.keywork.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestNotes;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact notes a person reads in the portal: every note shared with them, restricted
 * ones too (restricting narrows which staff read a note, it never hides it from the
 * person), never a withheld one or a staff-only detail, never a reason for restricting or
 * withholding.
 */
@KeyworkTest
class PortalContactNotesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	String marker;

	@BeforeEach
	void notesOfEveryKind() {
		marker = Long.toString(System.nanoTime(), 36);
		long jamie = ids.jamie();
		TestNotes.by("worker")
			.on(jamie)
			.text("Shared visit " + marker)
			.nextContactOn(LocalDate.now().plusDays(30))
			.save(jdbc);
		TestNotes.by("worker")
			.on(jamie)
			.text("Restricted note " + marker)
			.restricted("Safeguarding enquiry")
			.save(jdbc);
		TestNotes.by("worker")
			.on(jamie)
			.text("Withheld note " + marker)
			.withheld("THIRD_PARTY")
			.nextContactOn(LocalDate.now().plusDays(40))
			.save(jdbc);
		TestNotes.by("worker")
			.on(jamie)
			.at(Instant.now().minusSeconds(30))
			.type("PHONE_CALL")
			.text("Call with a detail " + marker)
			.staffOnly("Staff-only detail " + marker, "THIRD_PARTY")
			.save(jdbc);
	}

	@Test
	void thePersonReadsSharedAndRestrictedNotesButNothingWithheld() throws Exception {
		mvc.perform(get("/my-support/contact-notes").with(users.as("serviceuser")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Shared visit " + marker)))
			.andExpect(content().string(containsString("Restricted note " + marker)))
			.andExpect(content().string(not(containsString("Withheld note " + marker))))
			.andExpect(content().string(containsString("Call with a detail " + marker)))
			.andExpect(content().string(not(containsString("Staff-only detail " + marker))))
			.andExpect(content().string(not(containsString("Safeguarding enquiry"))));
	}

	@Test
	void theNextPlannedContactComesOnlyFromNotesThePersonCanRead() throws Exception {
		String shared = LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
		mvc.perform(get("/my-support").with(users.as("serviceuser")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your next planned contact with the team: " + shared)));
	}

	@Test
	void staffNoteRoutesStayClosedToThePerson() throws Exception {
		mvc.perform(get("/service-users/1/contact-notes/1").with(users.as("serviceuser")))
			.andExpect(status().isForbidden());
	}

}
