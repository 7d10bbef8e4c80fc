package org.keywork.housing;

import org.junit.jupiter.api.Nested;
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
 * An administrator keeps the landlords: adds one with contacts, changes it (a change made
 * meanwhile by someone else is explained, never overwritten) and takes it out of use.
 * Nobody else may.
 */
@KeyworkTest
class LandlordAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Nested
	class AnAdministrator {

		@Test
		void addsChangesAndTakesOutOfUseALandlord() throws Exception {
			String name = TestPeople.uniqueName("Riverside Housing");
			mvc.perform(post("/admin/landlords/new").with(csrf())
				.with(users.as("admin"))
				.param("name", name)
				.param("kind", "HOUSING_ASSOCIATION")
				.param("contacts[0].name", "Sam Okoye")
				.param("contacts[0].role", "Housing officer")
				.param("contacts[0].email", "sam@example.org")).andExpect(redirectedUrl("/admin/landlords"));
			long id = jdbc.sql("select id from landlord where name = ?").param(name).query(Long.class).single();
			assertThat(mvc.perform(get("/admin/landlords").with(users.as("admin")))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains(name, "Housing association", "Sam Okoye", "Housing officer");

			mvc.perform(post("/admin/landlords/{id}/edit", id).with(csrf())
				.with(users.as("admin"))
				.param("version", "0")
				.param("name", name)
				.param("kind", "CHARITY")).andExpect(redirectedUrl("/admin/landlords"));
			assertThat(jdbc.sql("select count(*) from landlord_contact where landlord_id = ?")
				.param(id)
				.query(Long.class)
				.single()).isZero();

			String stale = mvc
				.perform(post("/admin/landlords/{id}/edit", id).with(csrf())
					.with(users.as("admin"))
					.param("version", "0")
					.param("name", name)
					.param("kind", "PRIVATE")
					.param("contacts[0].name", "Typed in the stale form"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else changed this landlord", "Typed in the stale form", "value=\"1\"");
			assertThat(jdbc.sql("select kind from landlord where id = ?").param(id).query(String.class).single())
				.isEqualTo("CHARITY");

			mvc.perform(post("/admin/landlords/{id}/deactivate", id).with(csrf()).with(users.as("admin")))
				.andExpect(redirectedUrl("/admin/landlords"));
			assertThat(jdbc.sql("select active from landlord where id = ?").param(id).query(Boolean.class).single())
				.isFalse();
		}

		@Test
		void isShownMistakesWithEverythingTyped() throws Exception {
			String taken = jdbc.sql("select name from landlord order by id limit 1").query(String.class).single();
			String page = mvc
				.perform(post("/admin/landlords/new").with(csrf())
					.with(users.as("admin"))
					.param("name", taken.toUpperCase())
					.param("contacts[0].role", "Rents team")
					.param("contacts[1].name", "Ola")
					.param("contacts[1].email", "not an email"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("There is a problem", "There is already a landlord with this name",
					"Choose the kind of landlord", "Enter the name of contact 1", "email address in the correct format",
					"value=\"Rents team\"");
		}

	}

	@Test
	void nobodyButAnAdministratorMayKeepLandlords() throws Exception {
		long before = jdbc.sql("select count(*) from landlord").query(Long.class).single();
		for (String who : new String[] { "manager", "worker", "peer", "serviceuser" }) {
			mvc.perform(get("/admin/landlords").with(users.as(who))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/landlords/new").with(csrf())
				.with(users.as(who))
				.param("name", "Not allowed")
				.param("kind", "PRIVATE")).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from landlord").query(Long.class).single()).isEqualTo(before);
	}

}
