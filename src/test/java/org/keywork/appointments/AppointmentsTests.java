package org.keywork.appointments;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Appointments as staff, the person and a peer meet them: adding, changing under
 * optimistic locking, the iCalendar download, a missed appointment recorded as an
 * attempted contact in one step, the person asking to move one and the keyworker seeing
 * it, and who sees what.
 */
@KeyworkTest
class AppointmentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aWorkerAddsOneItShowsOnTheListThePersonPageAndMyCaseloadAndAStaleChangeIsRefused() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Appt Person")).save(mvc, users, jdbc);
		LocalDate on = LocalDate.now().plusDays(2);
		add(person, on, "14:30", "The office, Mill Lane", "Going through the rent letters", false);
		long id = id(person, "Going through the rent letters");

		assertThat(page("/service-users/" + person + "/appointments", "worker")).contains("data-appointment", "14:30",
				"The office, Mill Lane", "Going through the rent letters");
		assertThat(page("/service-users/" + person, "worker")).contains("id=\"appointments\"",
				"Going through the rent letters");
		assertThat(page("/caseload", "worker")).contains("Appointment at 14:30, The office, Mill Lane");

		// changed by someone else meanwhile: the stale form is refused and explained
		mvc.perform(change(person, id, 0, "15:00", "The café")).andExpect(status().is3xxRedirection());
		String stale = mvc.perform(change(person, id, 0, "16:00", "The park"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Someone else changed this appointment");
		assertThat(jdbc.sql("select place from appointment where id = ?").param(id).query(String.class).single())
			.isEqualTo("The café");

		// a form with mistakes is shown again with what was typed
		String wrong = mvc
			.perform(post("/service-users/{id}/appointments", person).with(csrf())
				.with(users.as("worker"))
				.param("on", on.toString())
				.param("startsAt", "14:00")
				.param("endsAt", "13:00")
				.param("place", "Somewhere kept")
				.param("purpose", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("govuk-error-summary", "The end time must be after the start time",
				"Enter what the appointment is for", "value=\"Somewhere kept\"");
	}

	@Test
	void theIcsFileIsACalendarEventThatNamesThePersonByTheirPreferredFirstNameOnly() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Alexandra Secretsurname"))
			.preferredName("Alex Q")
			.save(mvc, users, jdbc);
		add(person, LocalDate.now().plusDays(1), "10:00", "Room 2, the office", "Drug treatment review", false);
		long id = id(person, "Drug treatment review");
		MockHttpServletResponse response = mvc
			.perform(get("/service-users/{id}/appointments/{a}.ics", person, id).with(users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment", "appointment-" + id + ".ics");
		String ics = response.getContentAsString();
		assertThat(ics).contains("BEGIN:VEVENT", "UID:appointment-" + id + "@", "DTSTAMP:", "DTSTART:", "DTEND:",
				"SUMMARY:Keywork appointment: Alex\r\n", "LOCATION:Room 2\\, the office");
		assertThat(ics).doesNotContain("Secretsurname", "Alexandra", "Alex Q", "Drug");
		// a peer, even linked with the notes, gets no calendar file
		TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc);
		mvc.perform(get("/service-users/{id}/appointments/{a}.ics", person, id).with(users.as("peer")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMissedAppointmentBecomesAnAttemptedContactInOneStep() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Appt Missed")).save(mvc, users, jdbc);
		add(person, LocalDate.now(), "00:05", "Their flat", "Home visit about the boiler", false);
		long id = id(person, "Home visit about the boiler");
		String note = mvc
			.perform(post("/service-users/{id}/appointments/{a}/missed", person, id).with(csrf())
				.with(users.as("worker"))
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long noteId = jdbc.sql("select missed_note_id from appointment where id = ? and status = 'MISSED'")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(note).isEqualTo("/service-users/" + person + "/contact-notes/" + noteId);
		assertThat(jdbc.sql("""
				select count(*) from contact_note where id = ? and service_user_id = ? and type = 'ATTEMPTED_NO_ANSWER'
				  and cast(contact_at at time zone 'Europe/London' as date) = current_date and note like '%boiler%'
				""").params(noteId, person).query(Long.class).single()).isEqualTo(1);
		// twice is refused, and no second note is written
		mvc.perform(post("/service-users/{id}/appointments/{a}/missed", person, id).with(csrf())
			.with(users.as("worker"))
			.param("version", "1")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from contact_note where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single()).isEqualTo(1);
		// a worker of another team cannot
		long other = TestPeople.named(TestPeople.uniqueName("Appt Other")).save(mvc, users, jdbc);
		add(other, LocalDate.now(), "00:05", "Office", "Other review", false);
		mvc.perform(post("/service-users/{id}/appointments/{a}/missed", other, id(other, "Other review")).with(csrf())
			.with(users.as("worker2"))
			.param("version", "0")).andExpect(status().isNotFound());
	}

	@Test
	void thePersonSeesSharedOnesOnlyAsksToMoveOneAndTheKeyworkerSeesIt() throws Exception {
		long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Appt Portal");
		String me = PortalPeople.username(person);
		add(person, LocalDate.now().plusDays(3), "11:00", "The office", "Benefit review", false);
		add(person, LocalDate.now().plusDays(4), "12:00", "Solicitor's office", "About the cousin's money", true);
		long shared = id(person, "Benefit review");
		long withheld = id(person, "About the cousin's money");

		String portal = page("/my-support/appointments", me);
		assertThat(portal).contains("Benefit review", "Ask to move this appointment")
			.doesNotContain("cousin", "Solicitor");
		mvc.perform(get("/my-support/appointments/{a}/move", withheld).with(users.as(me)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my-support/appointments/{a}/move", withheld).with(csrf())
			.with(users.as(me))
			.param("why", "x")
			.param("wouldSuit", "y")).andExpect(status().isNotFound());
		// another person's appointment is not found
		long other = TestPeople.named(TestPeople.uniqueName("Appt Not Mine")).save(mvc, users, jdbc);
		add(other, LocalDate.now().plusDays(3), "11:00", "The office", "Not mine", false);
		mvc.perform(get("/my-support/appointments/{a}/move", id(other, "Not mine")).with(users.as(me)))
			.andExpect(status().isNotFound());

		// an empty request is shown again
		assertThat(mvc.perform(post("/my-support/appointments/{a}/move", shared).with(csrf()).with(users.as(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("govuk-error-summary", "Tell us when would suit you");
		mvc.perform(post("/my-support/appointments/{a}/move", shared).with(csrf())
			.with(users.as(me))
			.param("why", "I have a hospital appointment then")
			.param("wouldSuit", "Any morning next week")).andExpect(status().is3xxRedirection());

		String caseload = page("/caseload", "worker");
		assertThat(caseload).contains("asked to move an appointment (1 request)");
		assertThat(page("/service-users/" + person + "/appointments", "worker"))
			.contains("I have a hospital appointment then", "Any morning next week");

		// changing the appointment deals with the request
		long version = jdbc.sql("select version from appointment where id = ?")
			.param(shared)
			.query(Long.class)
			.single();
		mvc.perform(change(person, shared, version, "09:30", "The office")).andExpect(status().is3xxRedirection());
		assertThat(page("/caseload", "worker")).doesNotContain("I have a hospital appointment then");
		assertThat(jdbc.sql("""
				select count(*) from appointment_move_request where appointment_id = ? and dealt_with_at is null
				""").param(shared).query(Long.class).single()).isZero();

		// asked again, and marked as dealt with
		mvc.perform(post("/my-support/appointments/{a}/move", shared).with(csrf())
			.with(users.as(me))
			.param("why", "Still cannot")
			.param("wouldSuit", "Friday")).andExpect(status().is3xxRedirection());
		assertThat(noticeCount(person)).isEqualTo(1);
		mvc.perform(post("/service-users/{id}/appointments/{a}/requests-dealt-with", person, shared).with(csrf())
			.with(users.as("worker"))).andExpect(status().is3xxRedirection());
		assertThat(noticeCount(person)).isZero();
	}

	@Test
	void aLinkedPeerSeesSharedOnesOnlyWhenTheLinkIncludesTheNotesAndChangesNothing() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Appt Peer")).save(mvc, users, jdbc);
		add(person, LocalDate.now().plusDays(1), "10:00", "Library", "Library card", false);
		add(person, LocalDate.now().plusDays(2), "10:00", "Probation", "Probation meeting", true);
		TestPeople.peer("peer").linkedTo(person).scope("ACTION_PLAN").save(mvc, users, jdbc);
		mvc.perform(get("/service-users/{id}/appointments", person).with(users.as("peer")))
			.andExpect(status().isNotFound());
		assertThat(page("/service-users/" + person, "peer")).doesNotContain("id=\"appointments\"", "Library card");

		jdbc.sql("update peer_link set scope = 'NOTES' where service_user_id = ? and ended_at is null")
			.param(person)
			.update();
		String list = page("/service-users/" + person + "/appointments", "peer");
		assertThat(list).contains("Library card").doesNotContain("Probation", "Add an appointment", "Not shared");
		assertThat(page("/service-users/" + person, "peer")).contains("id=\"appointments\"", "Library card")
			.doesNotContain("Probation");
		mvc.perform(post("/service-users/{id}/appointments/{a}/cancel", person, id(person, "Library card")).with(csrf())
			.with(users.as("peer"))
			.param("version", "0")).andExpect(status().isForbidden());
	}

	private long noticeCount(long person) {
		return jdbc.sql("""
				select count(*) from appointment_move_request r join appointment p on p.id = r.appointment_id
				where p.service_user_id = ? and r.dealt_with_at is null""").param(person).query(Long.class).single();
	}

	private void add(long person, LocalDate on, String at, String place, String purpose, boolean withheld)
			throws Exception {
		var request = post("/service-users/{id}/appointments", person).with(csrf())
			.with(users.as("worker"))
			.param("on", on.toString())
			.param("startsAt", at)
			.param("place", place)
			.param("purpose", purpose);
		if (withheld) {
			request = request.param("withheld", "true").param("withheldReason", "THIRD_PARTY");
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(long person, long id,
			long version, String at, String place) {
		return post("/service-users/{id}/appointments/{a}", person, id).with(csrf())
			.with(users.as("worker"))
			.param("on", LocalDate.now().plusDays(2).toString())
			.param("startsAt", at)
			.param("place", place)
			.param("purpose",
					jdbc.sql("select purpose from appointment where id = ?").param(id).query(String.class).single())
			.param("version", String.valueOf(version));
	}

	private long id(long person, String purpose) {
		return jdbc.sql("select id from appointment where service_user_id = ? and purpose = ?")
			.params(person, purpose)
			.query(Long.class)
			.single();
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
