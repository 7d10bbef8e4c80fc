package org.keywork.serviceusers;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.timeline.Timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ServiceUserKeyworkerTests extends ServiceUserControllerTestBase {

	@Test
	void managerChangesKeyworkerWithAReasonKeptInHistory() throws Exception {
		long id = createdBy("worker", uniqueName("Switch Person"));
		long jordan = accountId("jordan");
		mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
			.with(users.as("manager"))
			.param("keyworkerId", String.valueOf(jordan))
			.param("reason", "The person asked for a change")
			.param("version", String.valueOf(version(id)))).andExpect(status().isFound());
		assertThat(jdbc.sql("select keyworker_id from service_user where id = ?").param(id).query(Long.class).single())
			.isEqualTo(jordan);
		assertThat(
				jdbc.sql("select count(*) from keyworker_assignment where service_user_id = ? and ended_at is not null")
					.param(id)
					.query(Long.class)
					.single())
			.isEqualTo(1);
		mvc.perform(get("/service-users/" + id).with(users.as("manager")))
			.andExpect(content().string(containsString("The person asked for a change")));
	}

	@Test
	void theFormNamesTheKeyworkerOffersTheTeamsStaffAndShowsTheHistory() throws Exception {
		long id = createdBy("worker", uniqueName("Form Person"));
		String worker = displayName("worker");
		mvc.perform(get("/service-users/" + id + "/keyworker").with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Current keyworker: " + worker)))
			.andExpect(content().string(containsString(
					"<option value=\"" + accountId("jordan") + "\">" + displayName("jordan") + "</option>")))
			.andExpect(content().string(containsString("Keyworker when the record was created")));
	}

	@Test
	void theTimelineIsPagedWithItsTotalEvenPastTheLastPage() throws Exception {
		long id = createdBy("worker", uniqueName("Paged Person"));
		for (int i = 1; i <= Timeline.PAGE_SIZE + 4; i++) {
			jdbc.sql("""
					insert into keyworker_assignment (service_user_id, keyworker_id, started_at, reason, changed_by)
					values (?, ?, now() - make_interval(days => ?), ?, ?)
					""").params(id, accountId("jordan"), i, "Change number " + i, accountId("manager")).update();
		}
		// 25 entries: the created one and 24 changes; past the last page the total
		// is counted on its own
		mvc.perform(get("/service-users/" + id).param("kind", "keyworker").with(users.as("worker")))
			.andExpect(content().string(containsString("Page 1 of 2")));
		mvc.perform(get("/service-users/" + id).param("kind", "keyworker").param("page", "1").with(users.as("worker")))
			.andExpect(content().string(containsString("Page 2 of 2")));
		mvc.perform(get("/service-users/" + id).param("kind", "keyworker").param("page", "5").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 6 of 2")))
			.andExpect(content().string(not(containsString("Nothing recorded yet."))));
	}

	@Test
	void choosingThePresentKeyworkerAgainIsRefusedAndAddsNoHistory() throws Exception {
		long id = createdBy("worker", uniqueName("Same Keyworker"));
		long worker = accountId("worker");
		mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
			.with(users.as("manager"))
			.param("keyworkerId", String.valueOf(worker))
			.param("reason", "Checking the caseload")
			.param("version", String.valueOf(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already the person&#39;s keyworker")))
			.andExpect(content().string(containsString("href=\"#keyworkerId\"")))
			.andExpect(content().string(containsString("Checking the caseload")));
		// no keyworker, then no keyworker again: refused with its own words
		mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
			.with(users.as("manager"))
			.param("keyworkerId", "")
			.param("reason", "Leaving the caseload for now")
			.param("version", String.valueOf(version(id)))).andExpect(status().isFound());
		mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
			.with(users.as("manager"))
			.param("keyworkerId", "")
			.param("reason", "Again")
			.param("version", String.valueOf(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The person has no keyworker yet. Choose a keyworker.")));
		assertThat(jdbc.sql("select count(*) from keyworker_assignment where service_user_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aStaleFormNamingTheKeyworkerSomeoneElseJustChoseIsAConflict() throws Exception {
		long id = createdBy("worker", uniqueName("Stale Same"));
		long before = version(id);
		long jordan = accountId("jordan");
		mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
			.with(users.as("manager"))
			.param("keyworkerId", String.valueOf(jordan))
			.param("reason", "First manager")
			.param("version", String.valueOf(before))).andExpect(status().isFound());
		mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
			.with(users.as("manager"))
			.param("keyworkerId", String.valueOf(jordan))
			.param("reason", "Second manager")
			.param("version", String.valueOf(before))).andExpect(status().isConflict());
	}

	@Test
	void reasonIsRequired() throws Exception {
		long id = createdBy("worker", uniqueName("No Reason"));
		mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
			.with(users.as("manager"))
			.param("keyworkerId", String.valueOf(accountId("jordan")))
			.param("reason", " ")
			.param("version", String.valueOf(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the reason for the change")));
	}

	@Test
	void workersCannotReassign() throws Exception {
		long id = createdBy("worker", uniqueName("Worker Reassign"));
		mvc.perform(get("/service-users/" + id + "/keyworker").with(users.as("worker")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
			.with(users.as("worker"))
			.param("reason", "x")
			.param("version", "0")).andExpect(status().isForbidden());
	}

}
