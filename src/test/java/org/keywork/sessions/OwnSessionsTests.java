package org.keywork.sessions;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** *My sessions*: the account's own sessions, and signing out everywhere else. */
@KeyworkTest
class OwnSessionsTests {

	private static final String PASSWORD = "a long enough passphrase here";

	private static final String FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";

	private static final String SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) "
			+ "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestUsers users;

	private String account() {
		String username = "own-" + Long.toString(System.nanoTime(), 36);
		this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, 'Own sessions (test)', ?, 'PEER')
				""").params(username, this.encoder.encode(PASSWORD)).update();
		return username;
	}

	private MockHttpSession signIn(String username, String userAgent) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").param("username", username)
				.param("password", PASSWORD)
				.with(csrf())
				.header("User-Agent", userAgent))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	@Test
	void listsTheAccountsOwnSessionsWithTheirBrowsersAndThisDevice() throws Exception {
		String username = account();
		MockHttpSession phone = signIn(username, SAFARI_IPHONE);
		signIn(username, FIREFOX_WINDOWS);
		// somebody else's session is not listed
		signIn(account(),
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36");
		String page = this.mvc.perform(get("/account/sessions").session(phone))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Safari on iOS", "Firefox on Windows", "This device", "Sign out everywhere else")
			.doesNotContain("Chrome on Linux");
		assertThat(page.indexOf("Safari on iOS")).as("this device first")
			.isLessThan(page.indexOf("Firefox on Windows"));
		assertThat(page.split("This device", -1)).hasSize(2);
	}

	@Test
	void signOutEverywhereElseEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
		String username = account();
		MockHttpSession here = signIn(username, FIREFOX_WINDOWS);
		MockHttpSession lost = signIn(username, SAFARI_IPHONE);
		String bystander = account();
		MockHttpSession other = signIn(bystander, SAFARI_IPHONE);
		this.mvc.perform(post("/account/sessions/sign-out-others").session(here).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"));
		assertThat(this.users.openSessions(username)).isEqualTo(1);
		this.mvc.perform(get("/account/sessions").session(here))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are signed in only here.")))
			.andExpect(content().string(not(containsString("Safari on iOS"))));
		this.mvc.perform(get("/account/sessions").session(lost)).andExpect(status().isFound());
		this.mvc.perform(get("/account/sessions").session(other)).andExpect(status().isOk());
		assertThat(this.users.openSessions(bystander)).isEqualTo(1);
	}

	@Test
	void signingOutEverywhereElseNeedsTheCsrfToken() throws Exception {
		String username = account();
		MockHttpSession here = signIn(username, FIREFOX_WINDOWS);
		signIn(username, SAFARI_IPHONE);
		// the page with the button puts the CSRF token in the session
		this.mvc.perform(get("/account/sessions").session(here)).andExpect(status().isOk());
		this.mvc.perform(post("/account/sessions/sign-out-others").session(here)).andExpect(status().isForbidden());
		assertThat(this.users.openSessions(username)).isEqualTo(2);
	}

}
