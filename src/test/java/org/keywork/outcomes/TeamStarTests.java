package org.keywork.outcomes;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team view counts the latest readings of the people of the teams a manager manages
 * (withheld ones too, never by person), with the numbers as CSV.
 */
@KeyworkTest
class TeamStarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void theManagerSeesCountsByStageAndDistanceAndTheSameNumbersAsCsv() throws Exception {
		String page = this.mvc.perform(get("/team/outcomes").with(this.users.as("manager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("id=\"team-star-table\"", "class=\"kw-bars\"", "role=\"img\"",
					"href=\"/team/outcomes/wellbeing\"", "href=\"/team/outcomes/cycle\"")
			.doesNotContain("Jamie");
		String csv = this.mvc.perform(get("/team/outcomes/star.csv").with(this.users.as("manager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(11);
		assertThat(lines[0]).startsWith("area,\"Not ready yet\"");
		// the demo's readings: Jamie and Margaret have two or more
		assertThat(lines[1]).startsWith("\"Accommodation and tenancy\",");
	}

	@Test
	void aManagerOfAnotherTeamDoesNotCountTheseReadings() throws Exception {
		String csv = this.mvc.perform(get("/team/outcomes/star.csv").with(this.users.as("citymanager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")[1]).isEqualTo("\"Accommodation and tenancy\",0,0,0,0,0,0,");
	}

}
