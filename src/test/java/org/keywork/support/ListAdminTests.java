package org.keywork.support;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ListAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	void adminAddsALifeAreaThatFormsThenOffer() throws Exception {
		String name = "Digital skills " + Long.toString(System.nanoTime(), 36);
		mvc.perform(post("/admin/life-areas/new").with(csrf())
			.with(users.as("admin"))
			.param("name", name)
			.param("position", "95")
			.param("active", "true")).andExpect(status().isFound());
		mvc.perform(get("/admin/life-areas").with(users.as("admin"))).andExpect(content().string(containsString(name)));
		long team = ids.north();
		String location = mvc
			.perform(post("/service-users").with(csrf())
				.with(users.as("worker"))
				.param("legalName", "List Person " + name)
				.param("teamId", String.valueOf(team))
				.param("status", "REFERRED"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(post(location + "/action-plan/start").with(csrf()).with(users.as("worker")))
			.andExpect(status().isFound());
		mvc.perform(get(location + "/action-plan/goals/new").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void aDuplicateNameIsRefused() throws Exception {
		mvc.perform(post("/admin/safety-categories/new").with(csrf())
			.with(users.as("admin"))
			.param("name", "Staff safety / lone working")
			.param("position", "1")).andExpect(status().isOk()).andExpect(content().string(containsString("already")));
	}

	@Test
	void aStaleSaveOfALifeAreaIsRefusedWithWhatWasTypedKept() throws Exception {
		staleSaveIsRefused("life-areas", "life_area", "Hobbies ");
	}

	@Test
	void aStaleSaveOfASafetyCategoryIsRefusedWithWhatWasTypedKept() throws Exception {
		staleSaveIsRefused("safety-categories", "safety_category", "Fire risk ");
	}

	/**
	 * Two administrators open the same entry; the first saves; the second's save is a 409
	 * that explains, keeps what they typed and carries the current version, so a second,
	 * deliberate save goes through.
	 */
	private void staleSaveIsRefused(String list, String table, String base) throws Exception {
		String name = base + Long.toString(System.nanoTime(), 36);
		mvc.perform(post("/admin/" + list + "/new").with(csrf())
			.with(users.as("admin"))
			.param("name", name)
			.param("position", "97")
			.param("active", "true")).andExpect(status().isFound());
		String code = ListAdministration.code(name);
		mvc.perform(get("/admin/" + list + "/" + code + "/edit").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

		mvc.perform(edit(list, code, name + " (first)", 0)).andExpect(status().isFound());
		mvc.perform(edit(list, code, name + " (second)", 0))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this entry since you opened it")))
			.andExpect(content().string(containsString("value=\"" + name + " (second)\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(nameOf(table, code)).isEqualTo(name + " (first)");

		mvc.perform(edit(list, code, name + " (second)", 1)).andExpect(status().isFound());
		assertThat(nameOf(table, code)).isEqualTo(name + " (second)");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(String list, String code,
			String name, long version) {
		return post("/admin/" + list + "/" + code + "/edit").with(csrf())
			.with(users.as("admin"))
			.param("name", name)
			.param("position", "97")
			.param("active", "true")
			.param("version", String.valueOf(version));
	}

	private String nameOf(String table, String code) {
		return jdbc.sql("select name from " + table + " where code = ?").param(code).query(String.class).single();
	}

	@Test
	void onlyAdministratorsConfigureLists() throws Exception {
		mvc.perform(get("/admin/life-areas").with(users.as("manager"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/life-areas/new").with(csrf()).with(users.as("worker")).param("name", "x"))
			.andExpect(status().isForbidden());
	}

}
