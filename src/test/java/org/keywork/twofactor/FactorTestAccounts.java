package org.keywork.twofactor;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.keywork.DemoIds;
import org.keywork.TestClock;
import org.keywork.TestTeams;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * What the second-factor tests share: a fresh staff account with a known password (in the
 * demo's North team unless an administrator), signing it in through the real form login,
 * the code an authenticator app would show now (by the test clock), and the account's
 * failure count.
 */
final class FactorTestAccounts {

	static final String PASSWORD = "a long enough passphrase here";

	private FactorTestAccounts() {
	}

	/** A new account; its username starts with {@code prefix}. */
	static Made create(String prefix, String role, JdbcClient jdbc, PasswordEncoder encoder, DemoIds demo) {
		String username = prefix + Long.toString(System.nanoTime(), 36);
		long id = jdbc.sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, 'Second factor (test)', ?, ?) returning id
				""").params(username, encoder.encode(PASSWORD), role).query(Long.class).single();
		if (!role.equals("ADMIN")) {
			TestTeams.addMember(jdbc, demo.north(), id);
		}
		return new Made(username, id);
	}

	/** Signs in with the password and expects the given redirect; returns the session. */
	static MockHttpSession signIn(MockMvc mvc, String username, String expectedRedirect) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(redirectedUrl(expectedRedirect))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/** The code an authenticator app with this secret shows at the test clock's time. */
	static String code(String secret, TestClock clock) throws Exception {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
				clock.instant().getEpochSecond() / 30);
	}

	/** Failed sign-ins (and wrong codes) counted against the username. */
	static int failures(JdbcClient jdbc, String username) {
		return jdbc.sql("select coalesce(sum(failures), 0) from login_attempt where username_key = ?")
			.param(username)
			.query(Integer.class)
			.single();
	}

	/** The account made: its username and id. */
	record Made(String username, long id) {
	}

}
