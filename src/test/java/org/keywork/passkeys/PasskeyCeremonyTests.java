package org.keywork.passkeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring Security's passkey ceremonies as Keywork configures them (ADR 019): the relying
 * party is the configured one, user verification is required both when a passkey is made
 * and when it is used, making one needs a signed-in account, and every ceremony needs the
 * CSRF token. (The whole ceremony with an authenticator is in PasskeyBrowserIT.)
 */
@KeyworkTest
class PasskeyCeremonyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@AfterEach
	void forget() {
		this.jdbc.sql("delete from user_entities where name = 'worker'").update();
	}

	@Test
	void signInOptionsNameTheRelyingPartyAndRequireUserVerification() throws Exception {
		this.mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rpId").value("localhost"))
			.andExpect(jsonPath("$.userVerification").value("required"))
			.andExpect(jsonPath("$.challenge").isNotEmpty());
	}

	@Test
	void registrationOptionsRequireAResidentKeyAndUserVerification() throws Exception {
		// a signed-in session alone may not start it: "confirm it's you" first (ADR 018)
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf()).with(this.users.as("worker")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/account/confirm").session(session)
				.with(csrf())
				.with(this.users.as("worker"))
				.param("password", "keywork-demo-2026")
				.param("next", "/account/passkeys"))
			.andExpect(redirectedUrl("/account/passkeys"));
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf()).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rp.id").value("localhost"))
			.andExpect(jsonPath("$.rp.name").value("Keywork"))
			.andExpect(jsonPath("$.user.name").value("worker"))
			.andExpect(jsonPath("$.authenticatorSelection.userVerification").value("required"))
			.andExpect(jsonPath("$.authenticatorSelection.residentKey").value("required"));
	}

	@Test
	void onlyASignedInAccountMayMakeAPasskey() throws Exception {
		this.mvc.perform(post("/webauthn/register/options").with(csrf()))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isBetween(400, 499));
	}

	@Test
	void everyCeremonyNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/webauthn/authenticate/options"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
		this.mvc.perform(post("/webauthn/register/options").with(this.users.as("worker")))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
		// no handle was made for the account either
		assertThat(
				this.jdbc.sql("select count(*) from user_entities where name = 'worker'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void aSignInThatIsNotAPasskeyIsRefusedWithoutSayingWhy() throws Exception {
		this.mvc
			.perform(post("/login/webauthn").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\"}"))
			.andExpect(status().isUnauthorized());
	}

}
