package org.keywork.staff;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator cannot give themselves case access alone: a change to their own role
 * and teams waits for a second administrator, who approves or turns it down.
 */
@KeyworkTest
class AccessApprovalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	void anAdministratorJoiningATeamWaitsForASecondAdministrator() throws Exception {
		String first = admin();
		String second = admin();
		long firstId = ids.account(first);
		long person = TestPeople.named(TestPeople.uniqueName("Approval Person")).save(mvc, users, jdbc);

		// the first administrator makes themselves a manager of North: held, not applied
		mvc.perform(ownChange(first, "MANAGER")).andExpect(redirectedUrl("/admin/accounts/" + firstId));
		assertThat(role(first)).isEqualTo("ADMIN");
		assertThat(teams(firstId)).isEmpty();
		mvc.perform(get("/service-users/{id}", person).with(users.as(first))).andExpect(status().isForbidden());
		long approval = jdbc.sql("select id from account_change_approval where account_id = ? and status = 'PENDING'")
			.param(firstId)
			.query(Long.class)
			.single();
		mvc.perform(get("/admin/accounts/" + firstId).with(users.as(first)))
			.andExpect(content().string(containsString("waits for another administrator")));

		// they cannot approve it themselves
		mvc.perform(get("/admin/approvals").with(users.as(first)))
			.andExpect(content().string(containsString("You asked for this change")))
			.andExpect(content().string(not(containsString("/admin/approvals/" + approval + "/approve"))));
		mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(first)))
			.andExpect(status().isForbidden());
		assertThat(role(first)).isEqualTo("ADMIN");
		assertThat(approvalStatus(approval)).isEqualTo("PENDING");

		// a second administrator approves: now it applies
		mvc.perform(get("/admin/approvals").with(users.as(second)))
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString("/admin/approvals/" + approval + "/approve")));
		mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(second)))
			.andExpect(redirectedUrl("/admin/approvals"));
		assertThat(role(first)).isEqualTo("MANAGER");
		assertThat(teams(firstId)).containsExactly(ids.north());
		assertThat(jdbc.sql("select decided_by from account_change_approval where id = ?")
			.param(approval)
			.query(Long.class)
			.single()).isEqualTo(ids.account(second));
		mvc.perform(get("/service-users/{id}", person).with(users.as(first))).andExpect(status().isOk());
		// decided once
		mvc.perform(post("/admin/approvals/{a}/reject", approval).with(csrf()).with(users.as(second)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aChangeTurnedDownChangesNothing() throws Exception {
		String first = admin();
		String second = admin();
		long firstId = ids.account(first);
		mvc.perform(ownChange(first, "WORKER")).andExpect(status().isFound());
		long approval = jdbc.sql("select id from account_change_approval where account_id = ? and status = 'PENDING'")
			.param(firstId)
			.query(Long.class)
			.single();
		mvc.perform(post("/admin/approvals/{a}/reject", approval).with(csrf()).with(users.as(second)))
			.andExpect(redirectedUrl("/admin/approvals"));
		assertThat(role(first)).isEqualTo("ADMIN");
		assertThat(teams(firstId)).isEmpty();
		assertThat(approvalStatus(approval)).isEqualTo("REJECTED");
	}

	@Test
	void anApprovalOfARequestSinceReplacedAppliesNothing() throws Exception {
		String first = admin();
		String second = admin();
		long firstId = ids.account(first);
		mvc.perform(ownChange(first, "WORKER")).andExpect(status().isFound());
		long seen = pendingApproval(firstId);
		// the request is replaced after the second administrator opened the page
		mvc.perform(ownChange(first, "MANAGER")).andExpect(status().isFound());
		long replaced = pendingApproval(firstId);
		assertThat(replaced).isNotEqualTo(seen);
		mvc.perform(post("/admin/approvals/{a}/approve", seen).with(csrf()).with(users.as(second)))
			.andExpect(status().isNotFound());
		assertThat(role(first)).isEqualTo("ADMIN");
		assertThat(approvalStatus(replaced)).isEqualTo("PENDING");
	}

	private long pendingApproval(long accountId) {
		return jdbc.sql("select id from account_change_approval where account_id = ? and status = 'PENDING'")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	@Test
	void anotherAdministratorsChangeToSomeoneElseAppliesAtOnce() throws Exception {
		String first = admin();
		String other = admin();
		long otherId = ids.account(other);
		mvc.perform(edit(first, otherId, "MANAGER")).andExpect(status().isFound());
		assertThat(role(other)).isEqualTo("MANAGER");
		assertThat(teams(otherId)).containsExactly(ids.north());
	}

	@Test
	void onlyAdministratorsSeeApprovals() throws Exception {
		mvc.perform(get("/admin/approvals").with(users.as("manager"))).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder ownChange(String admin, String role) {
		return edit(admin, ids.account(admin), role);
	}

	private MockHttpServletRequestBuilder edit(String as, long accountId, String role) {
		long version = jdbc.sql("select version from account where id = ?").param(accountId).query(Long.class).single();
		return post("/admin/accounts/{id}/edit", accountId).with(csrf())
			.with(users.as(as))
			.param("displayName", "Approval Admin")
			.param("role", role)
			.param("teamIds", String.valueOf(ids.north()))
			.param("version", String.valueOf(version));
	}

	/** A fresh administrator, so the demo one is never changed. */
	private String admin() {
		String username = TestPeople.uniqueName("admin").replace(' ', '-');
		jdbc.sql("insert into account (username, display_name, password_hash, role) values (?, ?, 'x', 'ADMIN')")
			.params(username, "Approval Admin")
			.update();
		return username;
	}

	private String role(String username) {
		return jdbc.sql("select role from account where username = ?").param(username).query(String.class).single();
	}

	private List<Long> teams(long accountId) {
		return jdbc.sql("select team_id from account_team where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.list();
	}

	private String approvalStatus(long approval) {
		return jdbc.sql("select status from account_change_approval where id = ?")
			.param(approval)
			.query(String.class)
			.single();
	}

}
