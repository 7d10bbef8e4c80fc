package org.keywork.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * No enumeration at sign-in (ADR 004): an active account with a wrong password, a
 * deactivated (or not yet activated) account, a locked username and a username nobody has
 * get the same answer, take the same time (one password hash comparison each), and count
 * toward the lock the same way.
 */
@KeyworkTest
class SignInEnumerationTests {

	static final String PASSWORD = "a long enough passphrase here";

	static final int ROUNDS = 15;

	static final int WARM_UP = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	enum State {

		ACTIVE, DISABLED, LOCKED, UNKNOWN

	}

	String account(String prefix, boolean enabled) {
		String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
		jdbc.sql("""
				insert into account (username, display_name, password_hash, role, enabled)
				values (?, 'Enumeration Test', ?, 'WORKER', ?)
				""").params(username, encoder.encode(PASSWORD), enabled).update();
		return username;
	}

	MvcResult failedSignIn(String username, String password) throws Exception {
		return mvc.perform(formLogin().user(username).password(password))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
	}

	@Test
	void theTypedUsernameIsShownAgainOnceWhetherOrNotItExists() throws Exception {
		for (String username : List.of(account("enum-shown", true),
				"enum-nobody-" + Long.toString(System.nanoTime(), 36))) {
			MockHttpSession jar = new MockHttpSession();
			mvc.perform(post("/login").with(csrf())
				.param("username", username)
				.param("password", "not the password")
				.session(jar)).andExpect(redirectedUrl("/login?error"));
			String page = mvc.perform(get("/login?error").session(jar)).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("The username or password is not right", "value=\"" + username + "\"");
			String later = mvc.perform(get("/login").session(jar)).andReturn().getResponse().getContentAsString();
			assertThat(later).as("shown once").doesNotContain("value=\"" + username + "\"");
			throttle.unlock(username);
		}
	}

	@Test
	void everyStateGetsTheSameAnswerInTheSameTime() throws Exception {
		Map<State, String> names = new EnumMap<>(State.class);
		names.put(State.ACTIVE, account("enum-active", true));
		names.put(State.DISABLED, account("enum-disabled", false));
		names.put(State.LOCKED, account("enum-locked", true));
		names.put(State.UNKNOWN, "enum-nobody-" + Long.toString(System.nanoTime(), 36));
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			throttle.recordFailure(names.get(State.LOCKED));
		}

		Map<State, List<Long>> times = new EnumMap<>(State.class);
		Map<State, String> pages = new EnumMap<>(State.class);
		List<Long> hashing = new ArrayList<>();
		String someHash = encoder.encode("something else entirely");
		State[] states = State.values();
		for (int round = 0; round < WARM_UP + ROUNDS; round++) {
			for (int k = 0; k < states.length; k++) {
				// a different order each round, so a slow moment of a loaded machine is
				// shared out
				State state = states[(round + k) % states.length];
				String username = names.get(state);
				if (state != State.LOCKED) {
					throttle.unlock(username);
				}
				// the locked one is refused even with its right password
				String password = state == State.LOCKED ? PASSWORD : "wrong password number " + round;
				long start = System.nanoTime();
				MvcResult result = failedSignIn(username, password);
				long took = System.nanoTime() - start;
				if (round >= WARM_UP) {
					times.computeIfAbsent(state, s -> new ArrayList<>()).add(took);
				}
				assertThat(result.getResponse().getStatus()).isEqualTo(302);
				assertThat(result.getResponse().getContentAsString()).isEmpty();
				if (round == WARM_UP) {
					pages.put(state,
							mvc.perform(get(result.getResponse().getRedirectedUrl()))
								.andReturn()
								.getResponse()
								.getContentAsString()
								.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
								// the passkey button's copy of the session's CSRF token
								.replaceAll("data-csrf-token=\"[^\"]*\"", ""));
				}
			}
			long start = System.nanoTime();
			encoder.matches("wrong password number " + round, someHash);
			if (round >= WARM_UP) {
				hashing.add(System.nanoTime() - start);
			}
		}

		assertThat(throttle.isLocked(names.get(State.LOCKED))).isTrue();
		assertThat(pages.values()).allSatisfy(page -> {
			assertThat(page).contains("The username or password is not right");
			assertThat(page).isEqualTo(pages.get(State.ACTIVE));
		});

		long oneHash = median(hashing);
		Map<State, Long> medians = new EnumMap<>(State.class);
		times.forEach((state, list) -> medians.put(state, median(list)));
		String report = "medians (ms): "
				+ medians.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / 1_000_000).toList()
				+ ", one hash comparison " + oneHash / 1_000_000 + " ms";
		// every answer includes one hash comparison...
		assertThat(medians.values()).as(report).allSatisfy(m -> assertThat(m).isGreaterThan(oneHash * 6 / 10));
		// ...and no state answers noticeably faster or slower than another: within 30% or
		// 40 ms
		long fastest = medians.values().stream().mapToLong(Long::longValue).min().orElseThrow();
		long slowest = medians.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		assertThat(slowest - fastest).as(report).isLessThanOrEqualTo(Math.max(40_000_000L, slowest * 3 / 10));
	}

	@Test
	void aDisabledAccountLocksAfterAsManyFailuresAsAnActiveOne() throws Exception {
		String active = account("lock-active", true);
		String disabled = account("lock-disabled", false);
		for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
			failedSignIn(active, "wrong " + i);
			failedSignIn(disabled, "wrong " + i);
			assertThat(throttle.isLocked(active)).isFalse();
			assertThat(throttle.isLocked(disabled)).isFalse();
		}
		failedSignIn(active, "wrong 5");
		failedSignIn(disabled, "wrong 5");
		assertThat(throttle.isLocked(active)).isTrue();
		assertThat(throttle.isLocked(disabled)).isTrue();
		// locked: the right password gets the same answer as any failure
		failedSignIn(active, PASSWORD);
		throttle.unlock(active);
		mvc.perform(formLogin().user(active).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aDisabledAccountWithItsRightPasswordIsRefusedAndCounted() throws Exception {
		String disabled = account("right-disabled", false);
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			failedSignIn(disabled, PASSWORD);
		}
		assertThat(throttle.isLocked(disabled)).isTrue();
	}

	@Test
	void anUnknownUsernameLocksToo() throws Exception {
		String nobody = "Nobody-" + Long.toString(System.nanoTime(), 36);
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			failedSignIn(nobody, "wrong " + i);
		}
		// counted per username as typed: trimmed, any case
		assertThat(throttle.isLocked(" " + nobody.toLowerCase() + " ")).isTrue();
	}

	static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
