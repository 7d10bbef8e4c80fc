package org.keywork.serviceusers;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ServiceUserVisibilityTests extends ServiceUserControllerTestBase {

	@Test
	void workerOfAnotherTeamGetsNotFoundAndNoName() throws Exception {
		long id = createdBy("worker", uniqueName("Hidden Person"));
		mvc.perform(get("/service-users/" + id).with(users.as("worker2")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Hidden Person"))));
		mvc.perform(get("/service-users/" + id + "/edit").with(users.as("worker2"))).andExpect(status().isNotFound());
	}

	@Test
	void unknownIdIsNotFound() throws Exception {
		mvc.perform(get("/service-users/99999999").with(users.as("worker"))).andExpect(status().isNotFound());
	}

	@Test
	void adminAndServiceUserAreForbiddenFromCaseRecords() throws Exception {
		long id = createdBy("worker", uniqueName("Admin Cannot"));
		mvc.perform(get("/service-users/" + id).with(users.as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/service-users").with(users.as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/service-users/" + id).with(users.as("serviceuser"))).andExpect(status().isForbidden());
	}

	@Test
	void linkedPeerSeesALimitedViewAndCannotEdit() throws Exception {
		long jamie = demoPerson("Jamie Brooks");
		mvc.perform(get("/service-users/" + jamie).with(users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jamie")))
			.andExpect(content().string(not(containsString("Date of birth"))))
			.andExpect(content().string(not(containsString("07700"))))
			.andExpect(content().string(not(containsString("Edit details"))))
			// the records navigation offers only what the link's scope (notes) lets
			// the peer open
			.andExpect(content().string(containsString("href=\"/service-users/" + jamie + "/action-plan\"")))
			.andExpect(content().string(not(containsString("href=\"/service-users/" + jamie + "/safety-plan\""))))
			.andExpect(content().string(not(containsString("href=\"/service-users/" + jamie + "/outcomes\""))))
			.andExpect(content().string(not(containsString("href=\"/service-users/" + jamie + "/support-overview\""))))
			// and the timeline filter only kinds the peer may meet
			.andExpect(content().string(containsString("<option value=\"NOTE\"")))
			.andExpect(content().string(not(containsString("<option value=\"INTENSITY\""))))
			.andExpect(content().string(not(containsString("<option value=\"KEYWORKER\""))));
		mvc.perform(get("/service-users/" + jamie).with(users.as("worker")))
			.andExpect(content().string(containsString("href=\"/service-users/" + jamie + "/safety-plan\"")))
			.andExpect(content().string(containsString("href=\"/service-users/" + jamie + "/outcomes\"")))
			.andExpect(content().string(containsString("<option value=\"INTENSITY\"")));
		mvc.perform(get("/service-users/" + jamie + "/edit").with(users.as("peer"))).andExpect(status().isForbidden());
	}

	@Test
	void peerNotLinkedGetsNotFound() throws Exception {
		long other = demoPerson("Ronald Pike");
		mvc.perform(get("/service-users/" + other).with(users.as("peer"))).andExpect(status().isNotFound());
	}

	@Test
	void listOnlyShowsTheTeamsOwnPeople() throws Exception {
		mvc.perform(get("/service-users").param("q", "Kwame").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Kwame Mensah"))));
		mvc.perform(get("/service-users").param("q", "Kwame").with(users.as("worker2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kwame Mensah")));
	}

}
