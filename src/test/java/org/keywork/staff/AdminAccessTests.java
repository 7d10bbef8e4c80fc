package org.keywork.staff;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only administrators reach {@code /admin/**}; everyone signed in reaches their own
 * password page.
 */
@KeyworkTest
class AdminAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountRepository accounts;

	@Autowired
	TeamRepository teams;

	List<MockHttpServletRequestBuilder> adminRequests() {
		Long accountId = accounts.findByUsernameIgnoreCase("worker2").orElseThrow().getId();
		Long teamId = teams.findAllByOrderByNameAsc().get(0).getId();
		return List.of(get("/admin/accounts"), get("/admin/accounts/new"), get("/admin/accounts/" + accountId),
				get("/admin/accounts/" + accountId + "/edit"), get("/admin/accounts/" + accountId + "/password"),
				get("/admin/teams"), get("/admin/teams/new"), get("/admin/teams/" + teamId + "/edit"),
				post("/admin/accounts/new").param("username", "intruder." + System.nanoTime())
					.param("displayName", "Intruder")
					.param("role", "ADMIN")
					.param("password", "copper kettle meadow 71"),
				post("/admin/accounts/" + accountId + "/edit").param("displayName", "Changed").param("version", "0"),
				post("/admin/accounts/" + accountId + "/deactivate"),
				post("/admin/accounts/" + accountId + "/reactivate"),
				post("/admin/accounts/" + accountId + "/password").param("password", "copper kettle meadow 71"),
				post("/admin/teams/new").param("name", "Intruders " + System.nanoTime())
					.param("contactFrequencyDays", "7")
					.param("reviewIntervalMonths", "3"),
				post("/admin/teams/" + teamId + "/edit").param("name", "Changed").param("version", "0"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "manager", "worker", "peer", "serviceuser" })
	void nonAdministratorsAreForbiddenEverywhereUnderAdmin(String username) throws Exception {
		Account worker2 = accounts.findByUsernameIgnoreCase("worker2").orElseThrow();
		for (MockHttpServletRequestBuilder request : adminRequests()) {
			mvc.perform(request.with(users.as(username)).with(csrf())).andExpect(status().isForbidden());
		}
		Account after = accounts.findByUsernameIgnoreCase("worker2").orElseThrow();
		assertThat(after.isEnabled()).isTrue();
		assertThat(after.getDisplayName()).isEqualTo(worker2.getDisplayName());
		assertThat(accounts.findAll().stream().filter(a -> a.getUsername().startsWith("intruder."))).isEmpty();
	}

	@Test
	void administratorOpensEveryAdminPage() throws Exception {
		for (MockHttpServletRequestBuilder request : adminRequests()) {
			if (request.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod().equals("GET")) {
				mvc.perform(request.with(users.as("admin")))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString(" &ndash; Keywork</title>")));
			}
		}
	}

	@Test
	void anonymousIsSentToSignIn() throws Exception {
		for (MockHttpServletRequestBuilder request : adminRequests()) {
			if (request.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod().equals("GET")) {
				mvc.perform(request).andExpect(redirectedUrl("/login"));
			}
		}
		mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
	}

	@Nested
	class OwnPasswordPage {

		@ParameterizedTest
		@ValueSource(strings = { "admin", "manager", "worker", "peer", "serviceuser" })
		void everyRoleCanOpenIt(String username) throws Exception {
			mvc.perform(get("/account/password").with(users.as(username))).andExpect(status().isOk());
		}

	}

}
