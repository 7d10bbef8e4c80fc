package org.keywork.staff;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class AccountListTests extends AccountAdminTestBase {

	@Test
	void searchFindsByUsernameAndFiltersByRole() throws Exception {
		Account created = createdWorker();
		mvc.perform(get("/admin/accounts").param("q", created.getUsername().toUpperCase()).with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(created.getUsername()),
					containsString("Showing 1 to 1 of 1"), not(containsString(">admin<")))));
		mvc.perform(
				get("/admin/accounts").param("q", created.getUsername()).param("role", "PEER").with(users.as("admin")))
			.andExpect(content().string(
					allOf(containsString("Nothing matches."), not(containsString(">" + created.getUsername() + "<")))));
		mvc.perform(get("/admin/accounts").param("role", "ADMIN").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">admin<"), not(containsString(">worker<")))));
	}

	@Test
	void listShowsTeamsAndStatus() throws Exception {
		Account created = createdWorker();
		mvc.perform(get("/admin/accounts").param("q", created.getUsername()).with(users.as("admin")))
			.andExpect(content()
				.string(allOf(containsString("North Housing First"), containsString("Must change password"),
						containsString("<title>Accounts &ndash; Keywork</title>"))));
	}

	@Test
	void unknownAccountIsNotFound() throws Exception {
		mvc.perform(get("/admin/accounts/999999999").with(users.as("admin"))).andExpect(status().isNotFound());
	}

}
