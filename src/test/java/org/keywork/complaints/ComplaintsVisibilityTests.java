package org.keywork.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ComplaintsVisibilityTests extends ComplaintsTestBase {

	@Test
	void thePersonSeesSharedComplaintsButNeverWhoComplainedNorAWithheldOne() throws Exception {
		long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Complaint Portal");
		String me = PortalPeople.username(person);
		String yesterday = LocalDate.now(clock.withZone(LONDON)).minusDays(1).toString();
		mvc.perform(add(person, "COMPLAINT", "NEIGHBOUR", yesterday, "20:00", "Dog barking all evening",
				"Secret Neighbour Name")
			.param("thirdPartyContact", "07700 900123")).andExpect(status().is3xxRedirection());
		long complaint = complaintId(person);
		mvc.perform(step("/service-users/" + person + "/complaints/" + complaint + "/reflections", 0)
			.param("occurredOn", yesterday)
			.param("attended", "The landlord")
			.param("text", "Reflected with the landlord")).andExpect(status().is3xxRedirection());
		mvc.perform(add(person, "INCIDENT", "POLICE", yesterday, "21:00", "Withheld police words", "")
			.param("withheld", "true")
			.param("withheldReason", "SERIOUS_HARM")).andExpect(status().is3xxRedirection());

		String portal = page("/my-support/complaints", me);
		assertThat(portal)
			.contains("Complaints about your home", "Dog barking all evening", "Reflected with the landlord")
			.doesNotContain("Secret Neighbour Name", "07700 900123", "Withheld police words");
		assertThat(page("/my-support", me)).contains("/my-support/complaints");
		// staff see both, who complained, and that one is not shared
		String staff = page("/service-users/" + person + "/complaints", "worker");
		assertThat(staff).contains("Complaint from a neighbour", "Incident from the police", "Not shared")
			.doesNotContain("Secret Neighbour Name");
		assertThat(page("/service-users/" + person + "/complaints/" + complaint, "worker"))
			.contains("Secret Neighbour Name", "07700 900123");
	}

	@Test
	void aWithheldComplaintIsOnTheManagersWithholdingReview() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Complaint Review")).save(mvc, users, jdbc);
		LocalDateTime now = LocalDateTime.now(clock.withZone(LONDON)).withSecond(0).withNano(0);
		mvc.perform(add(person, "INCIDENT", "POLICE", now.toLocalDate().toString(), now.toLocalTime().toString(),
				"Withheld for review", "")
			.param("withheld", "true")
			.param("withheldReason", "STAFF_SAFETY")
			.param("withheldDetail", "Review this one")).andExpect(status().is3xxRedirection());
		assertThat(page("/team/withheld", "manager")).contains(
				"/service-users/" + person + "/complaints/" + complaintId(person),
				"Complaint or incident from the police", "Review this one");
	}

	@Test
	void peersOtherTeamsAndForgedPostsAreRefused() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Complaint Reach")).save(mvc, users, jdbc);
		String yesterday = LocalDate.now(clock.withZone(LONDON)).minusDays(1).toString();
		mvc.perform(add(person, "COMPLAINT", "NEIGHBOUR", yesterday, "10:00", "Peer never sees this", "Ms Hidden"))
			.andExpect(status().is3xxRedirection());
		long complaint = complaintId(person);
		TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);
		String base = "/service-users/" + person + "/complaints";

		mvc.perform(get(base).with(users.as("peer"))).andExpect(status().isForbidden());
		mvc.perform(get(base + "/" + complaint).with(users.as("peer"))).andExpect(status().isForbidden());
		assertThat(page("/service-users/" + person, "peer")).doesNotContain("Peer never sees this", "id=\"complaints\"",
				"Ms Hidden");
		assertThat(page("/service-users/" + person + "?kind=complaint", "peer")).doesNotContain("Peer never sees this");
		mvc.perform(get(base).with(users.as("worker2"))).andExpect(status().isNotFound());
		mvc.perform(get(base + "/" + complaint).with(users.as("worker2"))).andExpect(status().isNotFound());
		// a complaint of someone else is not found under this person
		long other = TestPeople.named(TestPeople.uniqueName("Complaint Other")).save(mvc, users, jdbc);
		mvc.perform(get("/service-users/" + other + "/complaints/" + complaint).with(users.as("worker")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/service-users/" + other + "/complaints/" + complaint + "/outcome").with(csrf())
			.with(users.as("worker"))
			.param("outcome", "RESOLVED")
			.param("version", "0")).andExpect(status().isNotFound());
		// forged: no CSRF token, a peer, another team
		String noToken = mvc
			.perform(post(base + "/" + complaint + "/outcome").with(users.as("worker"))
				.param("outcome", "RESOLVED")
				.param("version", "0"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(noToken).isNotNull().doesNotContain("/complaints");
		mvc.perform(post(base + "/" + complaint + "/outcome").with(csrf())
			.with(users.as("peer"))
			.param("outcome", "RESOLVED")
			.param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post(base + "/" + complaint + "/outcome").with(csrf())
			.with(users.as("worker2"))
			.param("outcome", "RESOLVED")
			.param("version", "0")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select closed_at is null and version = 0 from complaint where id = ?")
			.param(complaint)
			.query(Boolean.class)
			.single()).isTrue();
	}

}
