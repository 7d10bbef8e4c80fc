package org.keywork.signins;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;
import org.keywork.security.LoginThrottle;
import org.keywork.security.SecondFactorReset;
import org.keywork.security.SecondFactorUsed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in history records sign-ins, failures of existing accounts, lockouts and
 * second factors; an account sees only its own; administrators see any account's, and
 * nobody else does.
 */
@KeyworkTest
class SignInHistoryTests {

	static final String PASSWORD = "sign-in-history-2026";

	static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0";

	static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationEventPublisher events;

	String account(String prefix) {
		String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
		jdbc.sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, ?, ?, 'WORKER')
				""").params(username, "History " + prefix, encoder.encode(PASSWORD)).update();
		return username;
	}

	long id(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	ResultActions signIn(String username, String password, String userAgent) throws Exception {
		return mvc.perform(post("/login").with(csrf())
			.param("username", username)
			.param("password", password)
			.header("User-Agent", userAgent));
	}

	long count(String username, String outcome) {
		return jdbc.sql("""
				select count(*) from sign_in_event e join account a on a.id = e.account_id
				where a.username = ? and e.outcome = ?""").params(username, outcome).query(Long.class).single();
	}

	long all() {
		return jdbc.sql("select count(*) from sign_in_event").query(Long.class).single();
	}

	@Test
	void aSignInIsRecordedWithItsBrowserNeverItsPassword() throws Exception {
		String username = account("ok");
		signIn(username, PASSWORD, FIREFOX).andExpect(status().is3xxRedirection());
		assertThat(count(username, "SUCCESS")).isEqualTo(1);
		assertThat(jdbc.sql("select device from sign_in_event where account_id = ?")
			.param(id(username))
			.query(String.class)
			.single()).isEqualTo("Firefox/Windows");
	}

	@Test
	void aFailureIsRecordedForAnExistingAccountAndNothingForAnUnknownUsername() throws Exception {
		String username = account("fail");
		signIn(username, "wrong", FIREFOX);
		assertThat(count(username, "FAILURE")).isEqualTo(1);
		long before = all();
		signIn("nobody-" + Long.toString(System.nanoTime(), 36), "wrong", FIREFOX);
		assertThat(all()).as("an unknown username leaves no row").isEqualTo(before);
	}

	@Test
	void aLockoutIsRecorded() throws Exception {
		String username = account("lock");
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			signIn(username, "wrong " + i, FIREFOX);
		}
		assertThat(count(username, "FAILURE")).isEqualTo(LoginThrottle.MAX_FAILURES);
		assertThat(count(username, "LOCKED_OUT")).isEqualTo(1);
		// while locked, even the right password is a failure
		signIn(username, PASSWORD, FIREFOX);
		assertThat(count(username, "SUCCESS")).isZero();
		assertThat(count(username, "FAILURE")).isEqualTo(LoginThrottle.MAX_FAILURES + 1);
	}

	@Test
	void secondFactorsUsedAndRemovedAreRecorded() throws Exception {
		String username = account("factor");
		long admin = id("admin");
		events.publishEvent(new SecondFactorUsed(id(username), SecondFactorUsed.Factor.TOTP));
		events.publishEvent(new SecondFactorReset(id(username), admin));
		assertThat(jdbc.sql("select factor from sign_in_event where account_id = ? and outcome = 'SECOND_FACTOR'")
			.param(id(username))
			.query(String.class)
			.single()).isEqualTo("TOTP");
		assertThat(jdbc.sql("""
				select by_account_id from sign_in_event where account_id = ? and outcome = 'SECOND_FACTOR_RESET'""")
			.param(id(username))
			.query(Long.class)
			.single()).isEqualTo(admin);
		mvc.perform(get("/account/sign-ins").with(users.as(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Second step done")))
			.andExpect(content().string(containsString("with an authenticator app")))
			.andExpect(content().string(containsString("Second step removed")));
	}

	@Test
	void theOwnPageShowsOnlyTheAccountsOwnSignIns() throws Exception {
		String mine = account("mine");
		String theirs = account("theirs");
		signIn(mine, PASSWORD, FIREFOX);
		signIn(theirs, PASSWORD, SAFARI);
		signIn(theirs, "wrong", SAFARI);
		mvc.perform(get("/account/sign-ins").with(users.as(mine)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Firefox on Windows")))
			.andExpect(content().string(not(containsString("Safari"))))
			.andExpect(content().string(not(containsString("Sign-in failed"))));
	}

	@Test
	void administratorsSeeAnAccountsHistoryAndNobodyElseDoes() throws Exception {
		String username = account("admin-view");
		signIn(username, PASSWORD, SAFARI);
		long id = id(username);
		mvc.perform(get("/admin/accounts/" + id + "/sign-ins").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("History admin-view")))
			.andExpect(content().string(containsString("Safari on iOS")));
		for (String other : new String[] { "worker", "manager", "peer", "serviceuser" }) {
			mvc.perform(get("/admin/accounts/" + id + "/sign-ins").with(users.as(other)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/accounts/999999999/sign-ins").with(users.as("admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/accounts/" + id).with(users.as("admin")))
			.andExpect(content().string(containsString("/admin/accounts/" + id + "/sign-ins")));
	}

}
