package org.keywork.withholding;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class WithholdingReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNorthManagerSeesWithheldFactorsAndNotesOfTheirTeamWithReasons() throws Exception {
		mvc.perform(get("/team/withheld").with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Safety &amp; Wellbeing Plan factor: Exploitation or abuse by others")))
			.andExpect(content().string(containsString("Information about someone else (third party)")))
			.andExpect(content().string(containsString("data-item=\"NOTE\"")))
			.andExpect(content().string(not(containsString("Kwame Mensah"))));
		// the City manager sees none of North's withheld items
		mvc.perform(get("/team/withheld").with(users.as("citymanager")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Exploitation or abuse by others"))))
			.andExpect(content().string(not(containsString("Jamie"))));
	}

	@Test
	void onlyManagersReviewWithholding() throws Exception {
		mvc.perform(get("/team/withheld").with(users.as("worker"))).andExpect(status().isForbidden());
		mvc.perform(get("/team/withheld").with(users.as("peer"))).andExpect(status().isForbidden());
		mvc.perform(get("/team/withheld").with(users.as("admin"))).andExpect(status().isForbidden());
	}

}
