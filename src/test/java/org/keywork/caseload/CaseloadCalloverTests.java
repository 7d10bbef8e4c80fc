package org.keywork.caseload;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class CaseloadCalloverTests extends CaseloadPagesTestBase {

	@Test
	void listsEveryActivePersonAndReassignsSeveralAtOnceWithTheReasonRecorded() throws Exception {
		LocalDate start = LocalDate.now(LONDON).minusDays(20);
		String first = TestPeople.uniqueName("Callover");
		long a = TestPeople.activeInNorth(mvc, users, jdbc, first, "worker", start);
		long b = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Callover"), "worker", start);
		mvc.perform(get("/team/callover").with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString("Change keyworker for " + first)));
		long jordan = ids.account("jordan");
		mvc.perform(post("/team/callover/reassign").with(csrf())
			.with(users.as("manager"))
			.param("personIds", String.valueOf(a), String.valueOf(b))
			.param("keyworkerId", String.valueOf(jordan))
			.param("reason", "Sam is going on leave")).andExpect(redirectedUrl("/team/callover"));
		for (long person : new long[] { a, b }) {
			assertThat(jdbc.sql("select keyworker_id from service_user where id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(jordan);
			assertThat(jdbc.sql("""
					select reason from keyworker_assignment where service_user_id = ? and ended_at is null
					""").param(person).query(String.class).single()).isEqualTo("Sam is going on leave");
		}
	}

	@Test
	void nothingSelectedIsAnError() throws Exception {
		mvc.perform(post("/team/callover/reassign").with(csrf()).with(users.as("manager")).param("reason", "Leave"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select at least one person")));
	}

	@Test
	void aKeyworkerFromAnotherTeamIsRefused() throws Exception {
		long a = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Callover"), "worker",
				LocalDate.now(LONDON).minusDays(5));
		long worker2 = ids.account("worker2");
		mvc.perform(post("/team/callover/reassign").with(csrf())
			.with(users.as("manager"))
			.param("personIds", String.valueOf(a))
			.param("keyworkerId", String.valueOf(worker2))
			.param("reason", "Leave"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("works in the team of every selected person")));
	}

}
