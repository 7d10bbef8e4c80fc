package org.keywork.wellbeing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestTeams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team's change in wellbeing, for managers of the team only.
 */
@KeyworkTest
class WellbeingTeamTests extends WellbeingTestBase {

	@Test
	void managersSeeTheChangeOfPeopleWithTwoReadingsInTheirTeamsOnly() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		long team = TestTeams.named("Wellbeing team " + tag).save(jdbc);
		String manager = "wb-manager-" + tag;
		long managerId = jdbc.sql("""
				insert into account (username, display_name, password_hash, role) values (?, ?, 'x', 'MANAGER')
				returning id""").params(manager, "Manager " + tag).query(Long.class).single();
		TestTeams.addMember(jdbc, team, managerId);
		long first = TestPeople.named(TestPeople.uniqueName("Team Wellbeing A"))
			.inTeam(team)
			.keyworker(null)
			.by(manager)
			.save(mvc, users, jdbc);
		long second = TestPeople.named(TestPeople.uniqueName("Team Wellbeing B"))
			.inTeam(team)
			.keyworker(null)
			.by(manager)
			.save(mvc, users, jdbc);
		long third = TestPeople.named(TestPeople.uniqueName("Team Wellbeing C"))
			.inTeam(team)
			.keyworker(null)
			.by(manager)
			.save(mvc, users, jdbc);
		LocalDate today = dates.today();
		// 17.98 → 23.21, 19.98 → 19.25 (a withheld reading counts for managers), one
		// reading only
		reading(first, 19, today.minusDays(100), false);
		reading(first, 26, today.minusDays(10), false);
		reading(second, 22, today.minusDays(100), false);
		reading(second, 21, today.minusDays(10), true);
		reading(third, 30, today.minusDays(10), false);
		mvc.perform(get("/team/outcomes/wellbeing").with(users.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-scale=\"SWEMWBS\"")))
			.andExpect(content().string(containsString(">18.98<")))
			.andExpect(content().string(containsString(">21.23<")))
			.andExpect(content().string(containsString(">2.25<")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("href=\"/team/outcomes\"")));
		mvc.perform(get("/team/outcomes/wellbeing.csv").with(users.as(manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content()
				.string("scale,people,average_first,average_latest,average_change,improved,stayed,declined\r\n"
						+ "SWEMWBS,2,18.98,21.23,2.25,1,0,1\r\n"));
		// another team's manager counts none of them
		String other = mvc.perform(get("/team/outcomes/wellbeing.csv").with(users.as("citymanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(other).doesNotContain("SWEMWBS,2,18.98,21.23,2.25,1,0,1");
		mvc.perform(get("/team/outcomes/wellbeing").with(users.as("worker"))).andExpect(status().isForbidden());
	}

}
