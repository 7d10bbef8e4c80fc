package org.keywork.passkeys;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestUsers;
import org.keywork.security.SecondFactorReset;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * *My passkeys* (ADR 019): each account sees, renames and removes only its own passkeys;
 * another account's passkey is a 404 (ADR 001); every change needs the CSRF token; an
 * administrator's reset of the second factors removes them all. The passkeys are put in
 * the tables directly, as Spring Security's registration would leave them.
 */
@KeyworkTest
class PasskeysTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEventPublisher events;

	private String managersPasskey;

	private String workersPasskey;

	@BeforeEach
	void passkeys() {
		forget();
		this.managersPasskey = passkey("manager", "Manager laptop");
		this.workersPasskey = passkey("worker", "Worker phone");
	}

	@AfterEach
	void forget() {
		this.jdbc.sql("delete from user_entities where name in ('manager', 'worker', 'peer')").update();
	}

	@Test
	void eachAccountSeesOnlyItsOwnPasskeys() throws Exception {
		this.mvc.perform(get("/account/passkeys").with(this.users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Manager laptop")))
			.andExpect(content().string(not(containsString("Worker phone"))))
			.andExpect(content().string(containsString("Not used yet")));
		this.mvc.perform(get("/account/passkeys").with(this.users.as("worker")))
			.andExpect(content().string(containsString("Worker phone")))
			.andExpect(content().string(not(containsString("Manager laptop"))));
		this.mvc.perform(get("/account/passkeys").with(this.users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have not added a passkey yet.")));
	}

	@Test
	void anAccountRemovesItsOwnPasskeyOnlyAfterConfirmingItIsThem() throws Exception {
		MockHttpSession here = signInWithPassword("peer");
		String peersPasskey = passkey("peer", "Peer tablet");
		String question = "/account/passkeys/" + peersPasskey + "/remove";
		// not confirmed: the question asks for the password first, and removing is
		// refused
		this.mvc.perform(get(question).session(here))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the passkey \u201cPeer tablet\u201d?")))
			.andExpect(content().string(containsString("action=\"/account/confirm\"")))
			.andExpect(content().string(containsString("value=\"" + question + "\"")))
			.andExpect(content().string(not(containsString("Yes, remove it"))));
		this.mvc.perform(post(question).session(here).with(csrf())).andExpect(redirectedUrl(question));
		assertThat(exists(peersPasskey)).isTrue();
		// a wrong password confirms nothing
		this.mvc
			.perform(post("/account/confirm").session(here)
				.with(csrf())
				.param("password", "not-the-password")
				.param("next", question))
			.andExpect(status().isOk());
		this.mvc.perform(post(question).session(here).with(csrf())).andExpect(redirectedUrl(question));
		assertThat(exists(peersPasskey)).isTrue();
		// confirmed: back to the question, which now offers to remove it
		this.mvc
			.perform(post("/account/confirm").session(here)
				.with(csrf())
				.param("password", "keywork-demo-2026")
				.param("next", question))
			.andExpect(redirectedUrl(question));
		this.mvc.perform(get(question).session(here)).andExpect(content().string(containsString("Yes, remove it")));
		// more than five minutes later it asks again
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofMinutes(6))) {
			this.mvc.perform(post(question).session(here).with(csrf())).andExpect(redirectedUrl(question));
			assertThat(exists(peersPasskey)).isTrue();
		}
		this.mvc.perform(post(question).session(here).with(csrf())).andExpect(redirectedUrl("/account/passkeys"));
		assertThat(exists(peersPasskey)).isFalse();
		assertThat(exists(this.workersPasskey)).isTrue();
	}

	@Test
	void anotherAccountsPasskeyIsNotFound() throws Exception {
		this.mvc.perform(get("/account/passkeys/{id}/remove", this.workersPasskey).with(this.users.as("manager")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/account/passkeys/{id}/remove", this.workersPasskey).with(this.users.as("manager"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/account/passkeys/{id}/rename", this.workersPasskey).with(this.users.as("manager"))
				.with(csrf())
				.param("label", "Mine now"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/account/passkeys/{id}/rename", this.workersPasskey).with(this.users.as("manager")))
			.andExpect(status().isNotFound());
		assertThat(exists(this.workersPasskey)).isTrue();
		assertThat(label(this.workersPasskey)).isEqualTo("Worker phone");
	}

	@Test
	void changesNeedTheCsrfToken() throws Exception {
		// a forged POST is refused (sent to sign in again), and changes nothing
		this.mvc.perform(post("/account/passkeys/{id}/remove", this.managersPasskey).with(this.users.as("manager")))
			.andExpect(result -> assertThat(String.valueOf(result.getResponse().getRedirectedUrl()))
				.doesNotContain("/account/passkeys"));
		this.mvc
			.perform(post("/account/passkeys/{id}/rename", this.managersPasskey).with(this.users.as("manager"))
				.param("label", "Renamed"))
			.andExpect(result -> assertThat(String.valueOf(result.getResponse().getRedirectedUrl()))
				.doesNotContain("/account/passkeys"));
		assertThat(exists(this.managersPasskey)).isTrue();
		assertThat(label(this.managersPasskey)).isEqualTo("Manager laptop");
	}

	@Test
	void springSecuritysDeleteEndpointIsClosed() throws Exception {
		this.mvc
			.perform(
					request(org.springframework.http.HttpMethod.DELETE, "/webauthn/register/{id}", this.managersPasskey)
						.with(this.users.as("manager"))
						.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(exists(this.managersPasskey)).isTrue();
	}

	@Test
	void anAccountRenamesItsOwnPasskeyAndABlankNameIsRefused() throws Exception {
		this.mvc
			.perform(post("/account/passkeys/{id}/rename", this.managersPasskey).with(this.users.as("manager"))
				.with(csrf())
				.param("label", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a name for this passkey")));
		assertThat(label(this.managersPasskey)).isEqualTo("Manager laptop");
		this.mvc
			.perform(post("/account/passkeys/{id}/rename", this.managersPasskey).with(this.users.as("manager"))
				.with(csrf())
				.param("label", " Home desktop "))
			.andExpect(redirectedUrl("/account/passkeys"));
		assertThat(label(this.managersPasskey)).isEqualTo("Home desktop");
	}

	@Test
	void anAdministratorsResetOfTheSecondFactorsRemovesEveryPasskeyOfThatAccountOnly() {
		long manager = this.jdbc.sql("select id from account where username = 'manager'").query(Long.class).single();
		long admin = this.jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		passkey("manager", "Manager phone");
		this.events.publishEvent(new SecondFactorReset(manager, admin));
		assertThat(this.jdbc.sql("select count(*) from user_entities where name = 'manager'")
			.query(Integer.class)
			.single()).isZero();
		assertThat(exists(this.managersPasskey)).isFalse();
		assertThat(exists(this.workersPasskey)).isTrue();
	}

	/**
	 * A passkey as Spring Security's registration stores it; returns its credential id.
	 */
	@Test
	void aPasswordAloneIsNotEnoughOnceTheAccountHasAPasskey() throws Exception {
		// the manager has a passkey (set up above): after the password, the second factor
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user("manager").password("keywork-demo-2026"))
			.andExpect(redirectedUrl("/login/second-factor"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/team").session(session)).andExpect(redirectedUrl("/login/second-factor"));
		// and a password alone cannot add or remove a passkey
		this.mvc.perform(get("/account/passkeys").session(session)).andExpect(redirectedUrl("/login/second-factor"));
		this.mvc.perform(post("/account/passkeys/{id}/remove", this.managersPasskey).session(session).with(csrf()))
			.andExpect(redirectedUrl("/login/second-factor"));
		assertThat(exists(this.managersPasskey)).isTrue();
	}

	@Test
	void removingAPasskeyEndsTheAccountsOtherSessionsButNotThisOne() throws Exception {
		MockHttpSession here = signInWithPassword("peer");
		MockHttpSession elsewhere = signInWithPassword("peer");
		String peersPasskey = passkey("peer", "Peer phone");
		this.mvc
			.perform(post("/account/confirm").session(here)
				.with(csrf())
				.param("password", "keywork-demo-2026")
				.param("next", "/account/passkeys"))
			.andExpect(redirectedUrl("/account/passkeys"));
		this.mvc.perform(post("/account/passkeys/{id}/remove", peersPasskey).session(here).with(csrf()))
			.andExpect(redirectedUrl("/account/passkeys"));
		assertThat(exists(peersPasskey)).isFalse();
		this.mvc.perform(get("/my-people").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/my-people").session(elsewhere)).andExpect(redirectedUrl("/login?error"));
	}

	private MockHttpSession signInWithPassword(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(username).password("keywork-demo-2026"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private String passkey(String username, String label) {
		String handle = this.jdbc.sql("select id from user_entities where name = ?")
			.param(username)
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				String id = UUID.randomUUID().toString();
				this.jdbc.sql("insert into user_entities (id, name, display_name) values (?, ?, ?)")
					.params(id, username, username)
					.update();
				return id;
			});
		String credentialId = UUID.randomUUID().toString().replace("-", "");
		this.jdbc.sql("""
				insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
				    uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type, backup_state,
				    created, last_used, label)
				values (?, ?, ?, 0, true, false, 'internal', 'public-key', false, now(), now(), ?)
				""").params(credentialId, handle, new byte[] { 1, 2, 3 }, label).update();
		return credentialId;
	}

	private boolean exists(String credentialId) {
		return this.jdbc.sql("select count(*) from user_credentials where credential_id = ?")
			.param(credentialId)
			.query(Integer.class)
			.single() == 1;
	}

	private String label(String credentialId) {
		return this.jdbc.sql("select label from user_credentials where credential_id = ?")
			.param(credentialId)
			.query(String.class)
			.single();
	}

}
