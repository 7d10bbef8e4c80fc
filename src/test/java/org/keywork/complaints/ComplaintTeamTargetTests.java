package org.keywork.complaints;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestTeams;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ComplaintTeamTargetTests extends ComplaintsTestBase {

	@Test
	void isSetByAnAdministratorOrTheTeamsManagerAndAppliesToNewComplaints() throws Exception {
		long team = TestTeams.named(TestPeople.uniqueName("Complaint Target Team")).save(jdbc);
		String username = "ct-" + TestPeople.uniqueName("w").replaceAll("[^A-Za-z0-9]", "").toLowerCase();
		long account = jdbc.sql("""
				insert into account (username, display_name, password_hash, role) values (?, ?, 'x', 'WORKER')
				returning id""").params(username, username).query(Long.class).single();
		TestTeams.addMember(jdbc, team, account);

		// another team's manager does not find it; bad input keeps what was typed
		mvc.perform(get("/complaint-targets/" + team).with(users.as("manager"))).andExpect(status().isNotFound());
		assertThat(page("/complaint-targets", "admin")).contains("data-target=\"" + team + "\"");
		assertThat(mvc.perform(target(team, "eleven", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("govuk-error-summary", "value=\"eleven\"");
		mvc.perform(target(team, "2", "")).andExpect(status().is3xxRedirection());
		mvc.perform(target(team, "3", "")).andExpect(status().isConflict());

		long person = TestPeople.named(TestPeople.uniqueName("Complaint Target")).save(mvc, users, jdbc);
		jdbc.sql("update service_user set team_id = ? where id = ?").params(team, person).update();
		LocalDate friday = LocalDate.now(clock.withZone(LONDON))
			.minusWeeks(1)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
		mvc.perform(post("/service-users/{id}/complaints", person).with(csrf())
			.with(users.as(username))
			.param("kind", "COMPLAINT")
			.param("source", "LANDLORD")
			.param("receivedOn", friday.toString())
			.param("receivedTime", "16:00")
			.param("whatWasSaid", "Two working days")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select response_due_at from complaint where service_user_id = ?")
			.param(person)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(friday.plusDays(4).atTime(16, 0).atZone(LONDON).toInstant());
	}

	private MockHttpServletRequestBuilder target(long team, String days, String version) {
		return post("/complaint-targets/" + team).with(csrf())
			.with(users.as("admin"))
			.param("workingDays", days)
			.param("version", version);
	}

}
