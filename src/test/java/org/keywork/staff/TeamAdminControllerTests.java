package org.keywork.staff;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class TeamAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TeamRepository teams;

	Team createdTeam() throws Exception {
		String name = "Test Team " + System.nanoTime();
		mvc.perform(post("/admin/teams/new").with(users.as("admin"))
			.with(csrf())
			.param("name", name)
			.param("contactFrequencyDays", "14")
			.param("reviewIntervalMonths", "6")
			.param("outcomeIntervalMonths", "2")).andExpect(redirectedUrl("/admin/teams"));
		return teams.findAllByOrderByNameAsc().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
	}

	@Nested
	class Create {

		@Test
		void validTeamIsCreated() throws Exception {
			Team team = createdTeam();
			assertThat(team.getContactFrequencyDays()).isEqualTo(14);
			assertThat(team.getReviewIntervalMonths()).isEqualTo(6);
			assertThat(team.getOutcomeIntervalMonths()).isEqualTo(2);
		}

		@Test
		void outOfRangeAndMissingValuesAreFieldErrors() throws Exception {
			mvc.perform(post("/admin/teams/new").with(users.as("admin"))
				.with(csrf())
				.param("name", " ")
				.param("contactFrequencyDays", "0")
				.param("reviewIntervalMonths", "25")
				.param("outcomeIntervalMonths", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(
						allOf(containsString("href=\"#name\""), containsString("Enter a number of days from 1 to 90"),
								containsString("Enter a number of months from 1 to 24"),
								containsString("href=\"#outcomeIntervalMonths\""))));
			mvc.perform(post("/admin/teams/new").with(users.as("admin"))
				.with(csrf())
				.param("name", "Typed Team " + System.nanoTime())
				.param("contactFrequencyDays", "weekly")
				.param("reviewIntervalMonths", "3"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Enter a number of days from 1 to 90"),
						containsString("value=\"weekly\""), containsString("value=\"Typed Team "))));
		}

		@Test
		void duplicateNameIsRefusedWhateverTheCase() throws Exception {
			mvc.perform(post("/admin/teams/new").with(users.as("admin"))
				.with(csrf())
				.param("name", "north housing first")
				.param("contactFrequencyDays", "7")
				.param("reviewIntervalMonths", "3"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("There is already a team with this name")));
		}

	}

	@Nested
	class Edit {

		@Test
		void changesAreSaved() throws Exception {
			Team team = createdTeam();
			mvc.perform(post("/admin/teams/{id}/edit", team.getId()).with(users.as("admin"))
				.with(csrf())
				.param("name", team.getName() + " renamed")
				.param("contactFrequencyDays", "7")
				.param("reviewIntervalMonths", "12")
				.param("version", String.valueOf(team.getVersion()))).andExpect(redirectedUrl("/admin/teams"));
			Team saved = teams.findById(team.getId()).orElseThrow();
			assertThat(saved.getName()).endsWith(" renamed");
			assertThat(saved.getReviewIntervalMonths()).isEqualTo(12);
		}

		@Test
		void keepingItsOwnNameIsNotADuplicate() throws Exception {
			Team team = createdTeam();
			mvc.perform(post("/admin/teams/{id}/edit", team.getId()).with(users.as("admin"))
				.with(csrf())
				.param("name", team.getName())
				.param("contactFrequencyDays", "3")
				.param("reviewIntervalMonths", "6")
				.param("version", String.valueOf(team.getVersion()))).andExpect(redirectedUrl("/admin/teams"));
		}

		@Test
		void invalidValuesAreRefused() throws Exception {
			Team team = createdTeam();
			mvc.perform(post("/admin/teams/{id}/edit", team.getId()).with(users.as("admin"))
				.with(csrf())
				.param("name", "City Floating Support")
				.param("contactFrequencyDays", "91")
				.param("reviewIntervalMonths", "0")
				.param("version", String.valueOf(team.getVersion())))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("There is already a team with this name"),
						containsString("Enter a number of days from 1 to 90"),
						containsString("Enter a number of months from 1 to 24"))));
			assertThat(teams.findById(team.getId()).orElseThrow().getContactFrequencyDays()).isEqualTo(14);
		}

		@Test
		void staleVersionIsAConflictAndNothingIsSaved() throws Exception {
			Team team = createdTeam();
			mvc.perform(post("/admin/teams/{id}/edit", team.getId()).with(users.as("admin"))
				.with(csrf())
				.param("name", "Stale Typing " + System.nanoTime())
				.param("contactFrequencyDays", "30")
				.param("reviewIntervalMonths", "6")
				.param("version", String.valueOf(team.getVersion() + 1)))
				.andExpect(status().isConflict())
				.andExpect(content().string(allOf(containsString("Someone else changed this team"),
						containsString("value=\"Stale Typing "), containsString("value=\"30\""))));
			Team unchanged = teams.findById(team.getId()).orElseThrow();
			assertThat(unchanged.getName()).isEqualTo(team.getName());
			assertThat(unchanged.getContactFrequencyDays()).isEqualTo(14);
		}

	}

	@Nested
	class List {

		@Test
		void showsActiveStaffPerTeam() throws Exception {
			mvc.perform(get("/admin/teams").with(users.as("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<title>Teams &ndash; Keywork</title>"),
						containsString("North Housing First"), containsString("City Floating Support"))))
				.andExpect(content().string(matchesPattern("(?s).*data-label=\"Active staff\">[1-9][0-9]*</td>.*")));
		}

	}

}
