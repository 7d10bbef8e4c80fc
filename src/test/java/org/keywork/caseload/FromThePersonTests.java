package org.keywork.caseload;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a person adds in the portal reaches their keyworker: on My caseload and in the
 * person's timeline.
 */
@KeyworkTest
class FromThePersonTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	void aCommentInThePortalShowsOnTheKeyworkersCaseloadAndTimeline() throws Exception {
		String words = "I would like to start with the bank account " + Long.toString(System.nanoTime(), 36);
		mvc.perform(post("/my-support/action-plan/comments").with(csrf())
			.with(users.as("serviceuser"))
			.param("text", words)).andExpect(status().isFound());
		long jamie = ids.jamie();
		mvc.perform(get("/caseload").with(users.as("worker")))
			.andExpect(content().string(matchesPattern("(?s).*data-person-id=\"" + jamie
					+ "\"(?:(?!data-person-id).)*data-from-person[^>]*>\\d+ new from the person.*")));
		mvc.perform(get("/service-users/" + jamie).param("kind", "PERSON").with(users.as("worker")))
			.andExpect(content().string(containsString(words)))
			.andExpect(content().string(containsString("Comment on their Action Plan")));
	}

}
