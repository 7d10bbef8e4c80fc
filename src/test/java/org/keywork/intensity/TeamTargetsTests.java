package org.keywork.intensity;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators set a team's contact target and review interval per support level: the
 * person's target follows at once; bad input comes back with the errors and what was
 * typed; two administrators saving at once cannot overwrite each other; nobody else may.
 */
@KeyworkTest
class TeamTargetsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	long north;

	String saved;

	@BeforeEach
	void north() {
		this.north = this.jdbc.sql("select id from team where name = 'North Housing First'").query(Long.class).single();
		this.saved = this.jdbc.sql("""
				select string_agg(level || ':' || contact_days || ':' || review_days, ',' order by level)
				from intensity_default where team_id = ?""").param(this.north).query(String.class).single();
	}

	@AfterEach
	void restore() {
		for (String row : this.saved.split(",")) {
			String[] p = row.split(":");
			this.jdbc
				.sql("update intensity_default set contact_days = ?, review_days = ? where team_id = ? and level = ?")
				.params(Integer.parseInt(p[1]), Integer.parseInt(p[2]), this.north, p[0])
				.update();
		}
	}

	@Test
	void anAdministratorChangesATargetAndThePersonsTargetFollows() throws Exception {
		long person = TestPeople.activeInNorth(this.mvc, this.users, this.jdbc, TestPeople.uniqueName("Targets"),
				"worker", LocalDate.now(this.clock).minusDays(30));
		this.mvc
			.perform(post("/service-users/{id}/intensity/level", person).with(csrf())
				.with(this.users.as("worker"))
				.param("level", "LIGHT")
				.param("reason", "Doing well"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/teams/{id}/intensity", this.north).with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Support levels in North Housing First")));
		this.mvc.perform(save(this.north, "LIGHT", "10", "60"))
			.andExpect(redirectedUrl("/admin/teams/" + this.north + "/intensity"));
		this.mvc.perform(get("/service-users/{id}/intensity", person).with(this.users.as("worker")))
			.andExpect(content().string(containsString("at least every 10 days")));
		assertThat(this.jdbc.sql("select contact_days from intensity_default where team_id = ? and level = 'LIGHT'")
			.param(this.north)
			.query(Integer.class)
			.single()).isEqualTo(10);
	}

	@Test
	void badInputIsShownAgainWithTheErrorsAndNothingIsSaved() throws Exception {
		this.mvc.perform(save(this.north, "LIGHT", "0", "nine"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter a contact target from 1 to 90 days")))
			.andExpect(content().string(containsString("href=\"#rows[2]-contactDays\"")))
			.andExpect(content().string(containsString("value=\"nine\"")));
		assertThat(this.jdbc.sql("select contact_days from intensity_default where team_id = ? and level = 'LIGHT'")
			.param(this.north)
			.query(Integer.class)
			.single()).isNotZero();
	}

	@Test
	void aSaveOnTargetsChangedSinceTheyWereReadIsRefusedAndExplained() throws Exception {
		MockHttpServletRequestBuilder read = save(this.north, "LIGHT", "12", "91");
		// another administrator saves in between
		this.jdbc.sql("update intensity_default set version = version + 1 where team_id = ? and level = 'INTENSIVE'")
			.param(this.north)
			.update();
		this.mvc.perform(read)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this team&#39;s targets")));
		assertThat(this.jdbc.sql("select contact_days from intensity_default where team_id = ? and level = 'LIGHT'")
			.param(this.north)
			.query(Integer.class)
			.single()).isNotEqualTo(12);
	}

	@Test
	void onlyAdministratorsMayAndAnUnknownTeamIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/teams/{id}/intensity", this.north).with(this.users.as("manager")))
			.andExpect(status().isForbidden());
		this.mvc.perform(save(this.north, "LIGHT", "1", "91").with(this.users.as("worker")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/teams/{id}/intensity", 999_999_999L).with(this.users.as("admin")))
			.andExpect(status().isNotFound());
	}

	/** A save of the team's current targets, with {@code level} changed. */
	private MockHttpServletRequestBuilder save(long team, String level, String contactDays, String reviewDays) {
		MockHttpServletRequestBuilder request = post("/admin/teams/{id}/intensity", team).with(csrf())
			.with(this.users.as("admin"));
		int i = 0;
		for (Level l : Level.values()) {
			var row = this.jdbc.sql("""
					select contact_days, review_days, version from intensity_default where team_id = ? and level = ?""")
				.params(team, l.name())
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
				.single();
			boolean changed = l.name().equals(level);
			request.param("rows[" + i + "].level", l.name())
				.param("rows[" + i + "].contactDays", changed ? contactDays : row[0])
				.param("rows[" + i + "].reviewDays", changed ? reviewDays : row[1])
				.param("rows[" + i + "].version", row[2]);
			i++;
		}
		return request;
	}

}
