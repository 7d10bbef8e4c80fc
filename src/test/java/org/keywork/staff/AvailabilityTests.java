package org.keywork.staff;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff availability: a member of staff sets their own work phone and hours on their
 * account page; an administrator sets the team office's on the team form; the portal
 * shows the keyworker's, else the team's.
 */
@KeyworkTest
class AvailabilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theKeyworkersOwnPhoneIsShownElseTheTeamOfficesElseTheGeneralLine() throws Exception {
		String worker = "avail-" + System.nanoTime();
		jdbc.sql(
				"""
						insert into account (username, display_name, password_hash, role) values (?, 'Robin Avail', 'x', 'WORKER')
						""")
			.param(worker)
			.update();
		long team = jdbc.sql("select id from team where name = 'North Housing First'").query(Long.class).single();
		jdbc.sql("insert into account_team (account_id, team_id) select id, ? from account where username = ?")
			.params(team, worker)
			.update();
		long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Avail Person");
		jdbc.sql("update service_user set keyworker_id = (select id from account where username = ?) where id = ?")
			.params(worker, person)
			.update();
		String me = PortalPeople.username(person);
		Object[] saved = jdbc.sql("select phone, contact_hours from team where id = ?")
			.param(team)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getString(2) })
			.single();
		try {
			jdbc.sql("update team set phone = null, contact_hours = null where id = ?").param(team).update();
			assertThat(page("/my-support", me)).contains("To reach them, call the team office.")
				.doesNotContain("data-team-office");

			// the team office, set by an administrator on the team form
			long version = jdbc.sql("select version from team where id = ?").param(team).query(Long.class).single();
			String name = jdbc.sql("select name from team where id = ?").param(team).query(String.class).single();
			mvc.perform(post("/admin/teams/{id}/edit", team).with(users.as("admin"))
				.with(csrf())
				.param("name", name)
				.param("contactFrequencyDays", "7")
				.param("reviewIntervalMonths", "3")
				.param("outcomeIntervalMonths", "3")
				.param("phone", "0113 496 0000")
				.param("contactHours", "Weekdays 9 to 5")
				.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
			assertThat(page("/my-support", me)).contains("data-team-office", "0113 496 0000", "Weekdays 9 to 5");

			// their own phone, set on their account page, comes first
			String form = page("/account", worker);
			assertThat(form).contains("Work phone", "When people can call you");
			mvc.perform(post("/account").with(users.as(worker))
				.with(csrf())
				.param("workPhone", "07700 900 321")
				.param("contactHours", "Tuesdays and Thursdays")).andExpect(redirectedUrl("/account"));
			String portal = page("/my-support", me);
			assertThat(portal).contains("07700 900 321", "Tuesdays and Thursdays").doesNotContain("0113 496 0000");
			assertThat(page("/account", worker)).contains("value=\"07700 900 321\"");
		}
		finally {
			jdbc.sql("update team set phone = ?, contact_hours = ? where id = ?")
				.params(saved[0], saved[1], team)
				.update();
		}
	}

	@Test
	void aPhoneThatIsNotANumberIsShownAgainAndNothingIsSaved() throws Exception {
		long before = jdbc.sql("select count(*) from account where username = 'jordan' and work_phone is null")
			.query(Long.class)
			.single();
		String page = mvc
			.perform(post("/account").with(users.as("jordan"))
				.with(csrf())
				.param("workPhone", "call me maybe")
				.param("contactHours", "Mornings"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("govuk-error-summary", "Enter a phone number using only numbers",
				"value=\"call me maybe\"", "Mornings");
		assertThat(jdbc.sql("select count(*) from account where username = 'jordan' and work_phone is null")
			.query(Long.class)
			.single()).isEqualTo(before);
		// the person cannot open it
		mvc.perform(get("/account").with(users.as("serviceuser"))).andExpect(status().isForbidden());
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
