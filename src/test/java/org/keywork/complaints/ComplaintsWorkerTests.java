package org.keywork.complaints;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ComplaintsWorkerTests extends ComplaintsTestBase {

	@Test
	void recordsEachStepAndItShowsOnTheComplaintAndTheTimeline() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Complaint Steps")).save(mvc, users, jdbc);
		String yesterday = LocalDate.now(clock.withZone(LONDON)).minusDays(1).toString();
		mvc.perform(add(person, "INCIDENT", "POLICE", yesterday, "09:30", "Police called about shouting", "PC Example"))
			.andExpect(status().is3xxRedirection());
		long complaint = complaintId(person);
		String base = "/service-users/" + person + "/complaints/" + complaint;
		mvc.perform(respond(person, complaint, 0, yesterday, "11:00", "Phoned Jamie"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(step(base + "/actions", 1).param("occurredOn", yesterday).param("text", "Met the landlord"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(step(base + "/reflections", 2).param("occurredOn", yesterday)
			.param("attended", "Landlord and Sam")
			.param("text", "Quieter this week")).andExpect(status().is3xxRedirection());
		mvc.perform(step(base + "/outcome", 3).param("outcome", "RESOLVED").param("outcomeText", "All calm"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(step(base + "/learning", 4).param("happened", "A party got loud")
			.param("learned", "Talk about visitors early")).andExpect(status().is3xxRedirection());

		assertThat(page(base, "worker")).contains("Incident from the police", "PC Example", "Phoned Jamie",
				"Met the landlord", "with Landlord and Sam", "Quieter this week", "data-status=\"closed\"", "All calm",
				"A party got loud", "Talk about visitors early");
		assertThat(page("/service-users/" + person + "/complaints", "worker")).contains("Incident from the police");
		String timeline = page("/service-users/" + person + "?kind=complaint", "worker");
		assertThat(timeline)
			.contains("Incident from the police received", "Incident from the police: first response",
					"Incident from the police closed", "Police called about shouting")
			.doesNotContain("PC Example");
		// closed: it cannot be closed again
		mvc.perform(step(base + "/outcome", 5).param("outcome", "UNFOUNDED")).andExpect(status().isConflict());
	}

	@Test
	void isToldWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Complaint Wrong")).save(mvc, users, jdbc);
		String wrong = mvc.perform(add(person, "", "", "", "", "Typed words kept", "Typed name kept"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("govuk-error-summary", "Choose whether it is a complaint or an incident",
				"Choose who it came from", "Enter the date it was received", "Typed words kept",
				"value=\"Typed name kept\"");
		String badTime = mvc.perform(add(person, "COMPLAINT", "OTHER", "2026-01-05", "half four", "Typed", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(badTime).contains("Enter the time it was received, like 16:00", "value=\"half four\"");
		String future = LocalDate.now(clock.withZone(LONDON)).plusDays(2).toString();
		assertThat(mvc.perform(add(person, "COMPLAINT", "OTHER", future, "10:00", "Later", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("cannot be in the future");
		assertThat(count(person)).isZero();
	}

	@Test
	void aStaleStepIsRefusedWith409KeepingWhatWasTyped() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Complaint Stale")).save(mvc, users, jdbc);
		String yesterday = LocalDate.now(clock.withZone(LONDON)).minusDays(1).toString();
		mvc.perform(add(person, "COMPLAINT", "LANDLORD", yesterday, "10:00", "Rubbish on the landing", ""))
			.andExpect(status().is3xxRedirection());
		long complaint = complaintId(person);
		mvc.perform(respond(person, complaint, 0, yesterday, "12:00", "First one"))
			.andExpect(status().is3xxRedirection());
		String stale = mvc.perform(respond(person, complaint, 0, yesterday, "13:00", "Typed in the stale form"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Someone else changed this complaint", "Typed in the stale form");
		assertThat(jdbc.sql("select first_response_done from complaint where id = ?")
			.param(complaint)
			.query(String.class)
			.single()).isEqualTo("First one");
	}

}
