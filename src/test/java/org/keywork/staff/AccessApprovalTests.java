package org.keywork.staff;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator cannot give themselves case access alone: a change to their own role
 * and teams, a new account with case access and a new password for one wait for a second
 * administrator, who approves or turns each down (ADR 021).
 */
@KeyworkTest
class AccessApprovalTests {

	static final String PASSWORD = "copper kettle meadow 71";

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
	void anAdministratorsAccountGivenCaseAccessByAnotherWaitsToo() throws Exception {
		// otherwise one administrator could make a second administrator's account (one
		// they made) a worker at once and sign in with it
		String first = admin();
		String other = admin();
		long otherId = ids.account(other);
		mvc.perform(edit(first, otherId, "MANAGER")).andExpect(status().isFound());
		assertThat(role(other)).isEqualTo("ADMIN");
		assertThat(teams(otherId)).isEmpty();
		long approval = pendingApproval(otherId);
		mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(first)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(admin())))
			.andExpect(redirectedUrl("/admin/approvals"));
		assertThat(role(other)).isEqualTo("MANAGER");
		assertThat(teams(otherId)).containsExactly(ids.north());
	}

	@Test
	void aWorkersTeamsChangedByAnAdministratorApplyAtOnce() throws Exception {
		String first = admin();
		long worker = approvedWorker(first, TestPeople.uniqueName("teams").replace(' ', '-'));
		mvc.perform(edit(first, worker, "MANAGER")).andExpect(status().isFound());
		assertThat(jdbc.sql("select role from account where id = ?").param(worker).query(String.class).single())
			.isEqualTo("MANAGER");
		assertThat(jdbc.sql("select count(*) from account_change_approval where account_id = ? and status = 'PENDING'")
			.param(worker)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aNewWorkerAccountCannotSignInUntilASecondAdministratorApproves() throws Exception {
		String first = admin();
		String second = admin();
		String username = TestPeople.uniqueName("newworker").replace(' ', '-');
		MockHttpSession session = new MockHttpSession();
		mvc.perform(newWorker(first, username).session(session)).andExpect(status().isFound());
		long account = ids.account(username);
		mvc.perform(get("/admin/accounts/" + account).session(session).with(users.as(first)))
			.andExpect(content().string(containsString("cannot sign in yet")))
			.andExpect(content().string(containsString("This new account cannot sign in until another administrator")))
			.andExpect(content().string(not(containsString("/reactivate"))));
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		long approval = pendingApproval(account);
		assertThat(jdbc.sql("select kind from account_change_approval where id = ?")
			.param(approval)
			.query(String.class)
			.single()).isEqualTo("NEW_ACCOUNT");

		// the one who made it cannot approve it, nor switch it on another way
		mvc.perform(get("/admin/approvals").with(users.as(first)))
			.andExpect(content().string(containsString("A new account that can sign in")))
			.andExpect(content().string(not(containsString("/admin/approvals/" + approval + "/approve"))));
		mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(first)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/{id}/reactivate", account).with(csrf()).with(users.as(first)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("It cannot be reactivated instead")));
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		assertThatThrownBy(() -> jdbc
			.sql("update account_change_approval set status = 'APPROVED', decided_by = requested_by, decided_at = now()"
					+ " where id = ?")
			.param(approval)
			.update()).isInstanceOf(DataIntegrityViolationException.class);

		// a second administrator approves: now it signs in
		mvc.perform(get("/admin/approvals").with(users.as(second)))
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("/admin/approvals/" + approval + "/approve")));
		mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(second)))
			.andExpect(redirectedUrl("/admin/approvals"));
		assertThat(teams(account)).containsExactly(ids.north());
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aNewWorkerAccountTurnedDownStaysUnableToSignIn() throws Exception {
		String first = admin();
		String username = TestPeople.uniqueName("turneddown").replace(' ', '-');
		mvc.perform(newWorker(first, username)).andExpect(status().isFound());
		long account = ids.account(username);
		mvc.perform(post("/admin/approvals/{a}/reject", pendingApproval(account)).with(csrf()).with(users.as(admin())))
			.andExpect(redirectedUrl("/admin/approvals"));
		mvc.perform(post("/admin/accounts/{id}/reactivate", account).with(csrf()).with(users.as(first)))
			.andExpect(status().isConflict());
		mvc.perform(post("/admin/accounts/{id}/reactivate", account).with(csrf()).with(users.as(admin())))
			.andExpect(status().isConflict());
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/admin/accounts/" + account).with(users.as(first)))
			.andExpect(content().string(containsString("was not approved")));
	}

	@Test
	void aNewAdministratorAccountSignsInAtOnce() throws Exception {
		String first = admin();
		String username = TestPeople.uniqueName("newadmin").replace(' ', '-');
		mvc.perform(post("/admin/accounts/new").with(csrf())
			.with(users.as(first))
			.param("username", username)
			.param("displayName", "New Admin")
			.param("role", "ADMIN")
			.param("password", PASSWORD)).andExpect(status().isFound());
		assertThat(pendingCount(ids.account(username))).isZero();
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aPasswordResetByAnAdministratorWaitsAndTheOldPasswordWorksMeanwhile() throws Exception {
		String first = admin();
		String second = admin();
		String username = TestPeople.uniqueName("resetworker").replace(' ', '-');
		long account = approvedWorker(first, username);
		String hashBefore = passwordHash(account);
		String newPassword = "lighthouse willow parcel 4";

		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/admin/accounts/{id}/password", account).session(session)
			.with(csrf())
			.with(users.as(first))
			.param("password", newPassword)).andExpect(redirectedUrl("/admin/accounts/" + account));
		mvc.perform(get("/admin/accounts/" + account).session(session).with(users.as(first)))
			.andExpect(content().string(containsString("waits for another administrator to approve it")));
		assertThat(passwordHash(account)).isEqualTo(hashBefore);
		long approval = pendingApproval(account);
		// the hash is held, never the password
		String held = jdbc.sql("select password_hash from account_change_approval where id = ?")
			.param(approval)
			.query(String.class)
			.single();
		assertThat(held).isNotBlank().doesNotContain(newPassword);
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
		mvc.perform(formLogin().user(username).password(newPassword)).andExpect(redirectedUrl("/login?error"));

		mvc.perform(get("/admin/approvals").with(users.as(second)))
			.andExpect(content().string(containsString("A new password, set by an administrator")))
			.andExpect(content().string(containsString("/admin/approvals/" + approval + "/approve")));
		mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(first)))
			.andExpect(status().isForbidden());
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));

		mvc.perform(post("/admin/approvals/{a}/approve", approval).with(csrf()).with(users.as(second)))
			.andExpect(redirectedUrl("/admin/approvals"));
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(username).password(newPassword)).andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select must_change_password from account where id = ?")
			.param(account)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theApprovalsPageListsEveryKind() throws Exception {
		String first = admin();
		long worker = approvedWorker(first, TestPeople.uniqueName("kinds").replace(' ', '-'));
		mvc.perform(post("/admin/accounts/{id}/password", worker).with(csrf())
			.with(users.as(first))
			.param("password", "lighthouse willow parcel 4")).andExpect(status().isFound());
		String newcomer = TestPeople.uniqueName("kindsnew").replace(' ', '-');
		mvc.perform(newWorker(first, newcomer)).andExpect(status().isFound());
		mvc.perform(ownChange(first, "WORKER")).andExpect(status().isFound());
		mvc.perform(get("/admin/approvals").with(users.as(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A new password, set by an administrator")))
			.andExpect(content().string(containsString("A new account that can sign in")))
			.andExpect(content().string(containsString("A change of role and teams")))
			.andExpect(content().string(containsString(newcomer)));
	}

	private MockHttpServletRequestBuilder newWorker(String admin, String username) {
		return post("/admin/accounts/new").with(csrf())
			.with(users.as(admin))
			.param("username", username)
			.param("displayName", "New Worker")
			.param("role", "WORKER")
			.param("teamIds", String.valueOf(ids.north()))
			.param("password", PASSWORD);
	}

	/** A worker account made by {@code admin} and approved by another. */
	private long approvedWorker(String admin, String username) throws Exception {
		mvc.perform(newWorker(admin, username)).andExpect(status().isFound());
		long account = ids.account(username);
		mvc.perform(post("/admin/approvals/{a}/approve", pendingApproval(account)).with(csrf()).with(users.as(admin())))
			.andExpect(redirectedUrl("/admin/approvals"));
		return account;
	}

	private long pendingCount(long accountId) {
		return jdbc.sql("select count(*) from account_change_approval where account_id = ? and status = 'PENDING'")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	private String passwordHash(long accountId) {
		return jdbc.sql("select password_hash from account where id = ?").param(accountId).query(String.class).single();
	}

	@Test
	void theDemoShowsANewAccountThatAdminAskedForAndAdmin2CanApprove() throws Exception {
		long newPeer = ids.account("newpeer");
		long approval = pendingApproval(newPeer);
		assertThat(jdbc.sql("select enabled from account where id = ?").param(newPeer).query(Boolean.class).single())
			.isFalse();
		mvc.perform(get("/admin/approvals").with(users.as("admin")))
			.andExpect(content().string(containsString("newpeer")))
			.andExpect(content().string(not(containsString("/admin/approvals/" + approval + "/approve"))));
		mvc.perform(get("/admin/approvals").with(users.as("admin2")))
			.andExpect(content().string(containsString("A new account that can sign in")))
			.andExpect(content().string(containsString("/admin/approvals/" + approval + "/approve")));
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
