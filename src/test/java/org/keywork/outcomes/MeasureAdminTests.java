package org.keywork.outcomes;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator adds an organisation's own measure (kept as typed when a band is
 * wrong) and takes one out of use; the default stays in use; nobody else may.
 */
@KeyworkTest
class MeasureAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void overlappingBandsAreExplainedAndEverythingTypedIsKept() throws Exception {
		String name = TestPeople.uniqueName("Own Star");
		String page = this.mvc
			.perform(post("/admin/measures/new").with(csrf())
				.with(this.users.as("admin"))
				.param("name", name)
				.param("areas", "Home: where you live\nMoney\nFriends")
				.param("stages[0].name", "Early days")
				.param("stages[0].lowest", "1")
				.param("stages[0].highest", "5")
				.param("stages[1].name", "Further on")
				.param("stages[1].lowest", "5")
				.param("stages[1].highest", "10"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem", "Stage 2 overlaps another stage at score 5", name,
				"Home: where you live", "value=\"Early days\"", "value=\"Further on\"");
		assertThat(this.jdbc.sql("select count(*) from star_measure where name = ?")
			.param(name)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAdministratorAddsAMeasureWhichReadingsCanUseAndTakesItOutOfUse() throws Exception {
		String name = TestPeople.uniqueName("Licensed Star");
		this.mvc
			.perform(post("/admin/measures/new").with(csrf())
				.with(this.users.as("admin"))
				.param("name", name)
				.param("areas", "Home\nMoney\nFriends\nHealth")
				.param("stages[0].name", "Early days")
				.param("stages[0].lowest", "1")
				.param("stages[0].highest", "5")
				.param("stages[1].name", "Further on")
				.param("stages[1].lowest", "6")
				.param("stages[1].highest", "10"))
			.andExpect(redirectedUrl("/admin/measures"));
		long id = this.jdbc.sql("select id from star_measure where name = ?").param(name).query(Long.class).single();
		assertThat(this.jdbc.sql("select count(*) from star_area where measure_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(this.mvc.perform(get("/admin/measures").with(this.users.as("admin")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(name, "Further on: 6 to 10");
		long person = TestPeople.named(TestPeople.uniqueName("Star Measure")).save(this.mvc, this.users, this.jdbc);
		assertThat(this.mvc
			.perform(get("/service-users/{id}/outcomes/new", person).param("measure", String.valueOf(id))
				.with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Friends", "Health");
		this.mvc.perform(post("/admin/measures/{m}/deactivate", id).with(csrf()).with(this.users.as("admin")))
			.andExpect(redirectedUrl("/admin/measures"));
		this.mvc
			.perform(get("/service-users/{id}/outcomes/new", person).param("measure", String.valueOf(id))
				.with(this.users.as("worker")))
			.andExpect(status().isNotFound());
		// the default stays in use
		long standard = this.jdbc.sql("select id from star_measure where is_default").query(Long.class).single();
		this.mvc.perform(post("/admin/measures/{m}/deactivate", standard).with(csrf()).with(this.users.as("admin")))
			.andExpect(redirectedUrl("/admin/measures"));
		assertThat(this.jdbc.sql("select active from star_measure where id = ?")
			.param(standard)
			.query(Boolean.class)
			.single()).isTrue();
		this.mvc.perform(get("/admin/measures").with(this.users.as("manager"))).andExpect(status().isForbidden());
	}

}
