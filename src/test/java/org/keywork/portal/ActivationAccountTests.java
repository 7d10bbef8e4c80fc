package org.keywork.portal;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ActivationAccountTests extends ActivationTestBase {

	@Test
	void deactivatingStopsSignInAndRevokesCodes() throws Exception {
		PortalAccounts.IssuedCode issued = issue("worker");
		activate(issued.username(), issued.code(), PASSWORD);
		PortalAccounts.IssuedCode pending = issue("worker", true);
		mvc.perform(
				post("/service-users/" + person + "/portal-account/deactivate").with(csrf()).with(users.as("worker")))
			.andExpect(redirectedUrl("/service-users/" + person + "/portal-account"));
		mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(unauthenticated());
		assertThat(activate(pending.username(), pending.code(), PASSWORD).getResponse().getContentAsString())
			.contains(FAILED);
	}

	@Test
	void aNewCodeForAnAccountInUseMustBeConfirmedThenClosesItAndThePersonIsTold() throws Exception {
		PortalAccounts.IssuedCode issued = issue("worker");
		activate(issued.username(), issued.code(), PASSWORD);
		MockHttpSession persons = signIn(issued.username(), PASSWORD);
		mvc.perform(get("/my-support").session(persons))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"account-closed\""))));

		// the page says what a new code does to an account in use, and asks
		mvc.perform(get("/service-users/" + person + "/portal-account").with(users.as("worker")))
			.andExpect(content().string(containsString("A new code closes it straight away")))
			.andExpect(content().string(containsString("name=\"confirmClose\"")));
		// not confirmed: nothing changes
		mvc.perform(post("/service-users/" + person + "/portal-account").with(csrf()).with(users.as("worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Confirm that you understand a new code closes")));
		assertThat(codes()).isEqualTo(1);
		assertThat(enabled(issued.username())).isTrue();
		mvc.perform(get("/my-support").session(persons)).andExpect(status().isOk());

		// confirmed: the account closes, its session ends at the next request, the
		// old
		// password stops working
		// (a passkey the person had added to the account in use)
		jdbc.sql("insert into user_entities (id, name, display_name) values (?, ?, 'Person')")
			.params("handle-" + issued.username(), issued.username())
			.update();
		jdbc.sql("""
				insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible,
				                              backup_state, label)
				values (?, ?, '\\x00', false, false, 'Phone')
				""").params("credential-" + issued.username(), "handle-" + issued.username()).update();
		PortalAccounts.IssuedCode fresh = issue("worker", true);
		assertThat(fresh.username()).isEqualTo(issued.username());
		assertThat(enabled(issued.username())).isFalse();
		// its passkeys go with it: whoever added one cannot sign back in with it
		assertThat(jdbc.sql("select count(*) from user_credentials where credential_id = ?")
			.param("credential-" + issued.username())
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/my-support").session(persons)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(unauthenticated());

		// with the new code the person is told, in plain words, what happened and
		// when
		String newPassword = "kettle on the windowsill";
		assertThat(activate(fresh.username(), fresh.code(), newPassword).getResponse().getRedirectedUrl())
			.isEqualTo("/login");
		MockHttpSession again = signIn(fresh.username(), newPassword);
		mvc.perform(get("/my-support").session(again))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"account-closed\"")))
			.andExpect(content().string(containsString("That closed the portal account you had before")))
			.andExpect(content()
				.string(containsString(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
					.format(LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"))))));
		// and no longer once a month has passed
		try (TestClock.Moved later = clock.movedBy(Duration.ofDays(31))) {
			mvc.perform(get("/my-support").with(users.as(fresh.username())))
				.andExpect(content().string(not(containsString("id=\"account-closed\""))));
		}
	}

	@Test
	void aNewCodeForAnAccountNotInUseNeedsNoConfirming() throws Exception {
		PortalAccounts.IssuedCode first = issue("worker");
		PortalAccounts.IssuedCode second = issue("worker");
		assertThat(second.username()).isEqualTo(first.username());
		assertThat(jdbc.sql("""
				select count(*) from activation_code c join account a on a.id = c.account_id
				where a.service_user_id = ? and c.closed_active_account
				""").param(person).query(Long.class).single()).isZero();
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private long codes() {
		return jdbc.sql("""
				select count(*) from activation_code c join account a on a.id = c.account_id
				where a.service_user_id = ?
				""").param(person).query(Long.class).single();
	}

	private boolean enabled(String username) {
		return jdbc.sql("select enabled from account where username = ?").param(username).query(Boolean.class).single();
	}

	@Test
	void theActivationPageIsOpenAndThePortalAccountPageIsForStaffOfTheTeam() throws Exception {
		mvc.perform(get("/activate")).andExpect(status().isOk());
		mvc.perform(get("/service-users/" + person).with(users.as("worker")))
			.andExpect(content().string(containsString("/service-users/" + person + "/portal-account")));
		mvc.perform(get("/service-users/" + person + "/portal-account").with(users.as("worker")))
			.andExpect(status().isOk());
		mvc.perform(get("/service-users/" + person + "/portal-account").with(users.as("worker2")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/service-users/" + person + "/portal-account").with(csrf()).with(users.as("citymanager")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/service-users/" + person + "/portal-account").with(csrf()).with(users.as("admin")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/service-users/" + person + "/portal-account").with(users.as("worker")))
			.andExpect(content().string(not(containsString("One-time code"))));
	}

}
