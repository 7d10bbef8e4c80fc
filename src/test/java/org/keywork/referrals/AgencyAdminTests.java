package org.keywork.referrals;

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
 * An administrator keeps the directory of agencies: adds one with services and contacts,
 * changes it (a change made meanwhile by someone else is explained, never overwritten),
 * takes a service off (kept for referrals) and takes the agency out of use. Nobody else
 * may.
 */
@KeyworkTest
class AgencyAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorAddsChangesAndTakesOutOfUseAnAgency() throws Exception {
		String name = TestPeople.uniqueName("Harbour Advice");
		this.mvc
			.perform(post("/admin/agencies/new").with(csrf())
				.with(this.users.as("admin"))
				.param("name", name)
				.param("kind", "LEGAL")
				.param("phone", "01632 960999")
				.param("services", "Housing law clinic\nBenefit appeals\n\nHousing law clinic")
				.param("contacts[0].name", "Robin Ash")
				.param("contacts[0].role", "Solicitor"))
			.andExpect(redirectedUrl("/admin/agencies"));
		long id = this.jdbc.sql("select id from agency where name = ?").param(name).query(Long.class).single();
		assertThat(this.jdbc.sql("select name from agency_service where agency_id = ? order by position")
			.param(id)
			.query(String.class)
			.list()).containsExactly("Housing law clinic", "Benefit appeals");
		String list = this.mvc.perform(get("/admin/agencies").with(this.users.as("admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(name, "Legal", "Robin Ash", "Solicitor", "Benefit appeals");
		long appeals = this.jdbc.sql("select id from agency_service where agency_id = ? and name = 'Benefit appeals'")
			.param(id)
			.query(Long.class)
			.single();

		this.mvc
			.perform(post("/admin/agencies/{id}/edit", id).with(csrf())
				.with(this.users.as("admin"))
				.param("version", "0")
				.param("name", name)
				.param("kind", "LEGAL")
				.param("services", "Housing law clinic\nDebt relief orders"))
			.andExpect(redirectedUrl("/admin/agencies"));
		assertThat(this.jdbc.sql("select active from agency_service where id = ?")
			.param(appeals)
			.query(Boolean.class)
			.single()).as("a service taken off the list is kept, out of use").isFalse();
		assertThat(this.jdbc.sql("select count(*) from agency_contact where agency_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();

		// a second edit from a form opened before the first: explained, input kept
		String stale = this.mvc
			.perform(post("/admin/agencies/{id}/edit", id).with(csrf())
				.with(this.users.as("admin"))
				.param("version", "0")
				.param("name", name)
				.param("kind", "HOUSING")
				.param("phone", "07700 900123"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Someone else changed this agency", "07700 900123", "value=\"1\"");
		assertThat(this.jdbc.sql("select kind from agency where id = ?").param(id).query(String.class).single())
			.isEqualTo("LEGAL");

		this.mvc.perform(post("/admin/agencies/{id}/deactivate", id).with(csrf()).with(this.users.as("admin")))
			.andExpect(redirectedUrl("/admin/agencies"));
		assertThat(this.jdbc.sql("select active from agency where id = ?").param(id).query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void aFormWithMistakesIsShownAgainWithEverythingTyped() throws Exception {
		String taken = this.jdbc.sql("select name from agency order by id limit 1").query(String.class).single();
		String page = this.mvc
			.perform(post("/admin/agencies/new").with(csrf())
				.with(this.users.as("admin"))
				.param("name", taken)
				.param("email", "not an email")
				.param("services", "Drop-in")
				.param("contacts[0].role", "Nurse"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem", "There is already an agency with this name",
				"Choose the kind of agency", "Enter an email address in the correct format",
				"Enter the name of contact 1", "value=\"Nurse\"", "Drop-in");
	}

	@Test
	void nobodyButAnAdministratorMayChangeTheDirectory() throws Exception {
		long id = this.jdbc.sql("select min(id) from agency").query(Long.class).single();
		for (String username : new String[] { "manager", "worker", "peer", "serviceuser" }) {
			this.mvc.perform(post("/admin/agencies/{id}/deactivate", id).with(csrf()).with(this.users.as(username)))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.sql("select active from agency where id = ?").param(id).query(Boolean.class).single())
			.isTrue();
		this.mvc.perform(get("/admin/agencies/{id}/edit", 999999999L).with(this.users.as("admin")))
			.andExpect(status().isNotFound());
	}

}
