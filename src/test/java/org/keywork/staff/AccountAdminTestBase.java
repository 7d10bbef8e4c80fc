package org.keywork.staff;

import java.util.List;

import org.keywork.TestUsers;
import org.keywork.security.LoginThrottle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tests of the administrator's account pages share (creating, the list, editing,
 * deactivating, resetting a password).
 */
abstract class AccountAdminTestBase {

	static final String PASSWORD = "copper kettle meadow 71";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountRepository accounts;

	@Autowired
	TeamRepository teams;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Long northTeamId() {
		return teams.findAllByOrderByNameAsc()
			.stream()
			.filter(t -> t.getName().equals("North Housing First"))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	static String uniqueUsername(String prefix) {
		return prefix + "." + System.nanoTime();
	}

	MockHttpServletRequestBuilder createWorker(String username, String displayName, String password) {
		return post("/admin/accounts/new").with(users.as("admin"))
			.with(csrf())
			.param("username", username)
			.param("displayName", displayName)
			.param("role", "WORKER")
			.param("teamIds", northTeamId().toString())
			.param("password", password);
	}

	/**
	 * A worker account made by {@code admin} and approved by a second administrator (ADR
	 * 021), so it can sign in.
	 */
	Account createdWorker() throws Exception {
		String username = uniqueUsername("worker");
		mvc.perform(createWorker(username, "Robin Example", PASSWORD)).andExpect(status().isFound());
		Long id = accounts.findByUsernameIgnoreCase(username).orElseThrow().getId();
		approvedByASecondAdministrator(id);
		return accounts.findById(id).orElseThrow();
	}

	/**
	 * A second administrator, made for the test, approves all that waits for the account.
	 */
	void approvedByASecondAdministrator(Long accountId) throws Exception {
		String second = uniqueUsername("second.admin");
		jdbc.sql("insert into account (username, display_name, password_hash, role) values (?, ?, 'x', 'ADMIN')")
			.params(second, "Second Admin")
			.update();
		List<Long> waiting = jdbc
			.sql("select id from account_change_approval where account_id = ? and status = 'PENDING'")
			.param(accountId)
			.query(Long.class)
			.list();
		assertThat(waiting).isNotEmpty();
		for (Long approval : waiting) {
			mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(second)))
				.andExpect(redirectedUrl("/admin/approvals"));
		}
	}

}
