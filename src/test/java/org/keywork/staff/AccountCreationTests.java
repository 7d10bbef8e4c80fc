package org.keywork.staff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keywork.KeyworkTest;
import org.keywork.security.LoginThrottle;
import org.keywork.security.Role;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class AccountCreationTests extends AccountAdminTestBase {

	@Test
	void aNameLockedBeforeItHadAnAccountStartsUnlocked() throws Exception {
		// failures are counted for any typed username (ADR 004), but do not carry
		// over to
		// an account created later with that name
		String username = uniqueUsername("later");
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			mvc.perform(formLogin().user(username).password("a guess " + i)).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(throttle.isLocked(username)).isTrue();
		mvc.perform(createWorker(username, "Lee Later", PASSWORD)).andExpect(redirectedUrlPattern("/admin/accounts/*"));
		assertThat(throttle.isLocked(username)).isFalse();
		approvedByASecondAdministrator(accounts.findByUsernameIgnoreCase(username).orElseThrow().getId());
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void newWorkerMustChangePasswordAtFirstSignIn() throws Exception {
		String username = uniqueUsername("new.worker");
		mvc.perform(createWorker(username, "Sam Newcomer", PASSWORD))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"));
		Account account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.WORKER);
		assertThat(account.isMustChangePassword()).isTrue();
		assertThat(accounts.findTeamIds(account.getId())).containsExactly(northTeamId());
		// it cannot sign in before a second administrator approves it (ADR 021)
		assertThat(account.isEnabled()).isFalse();
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		approvedByASecondAdministrator(account.getId());

		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your password was set by an administrator")));

		String mine = "lantern orchard pebble 9";
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", mine)
			.param("confirmPassword", mine)).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/caseload"));
		assertThat(accounts.findById(account.getId()).orElseThrow().isMustChangePassword()).isFalse();
		mvc.perform(formLogin().user(username).password(mine)).andExpect(redirectedUrl("/"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "short", "password1234", "123456789012" })
	void weakPasswordsAreRefusedAndInputKept(String weak) throws Exception {
		String username = uniqueUsername("weak");
		mvc.perform(createWorker(username, "Kept Name", weak))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("href=\"#password\""), containsString("value=\"" + username + "\""),
					containsString("value=\"Kept Name\""), not(containsString("value=\"" + weak + "\"")))));
		assertThat(accounts.existsByUsernameIgnoreCase(username)).isFalse();
	}

	@Test
	void passwordContainingTheUsernameIsRefused() throws Exception {
		String username = uniqueUsername("own");
		mvc.perform(createWorker(username, "Kept Name", "my-" + username + "-pw"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("too common or contains your username")));
		assertThat(accounts.existsByUsernameIgnoreCase(username)).isFalse();
	}

	@Test
	void duplicateUsernameIsRefusedWhateverTheCase() throws Exception {
		Account existing = createdWorker();
		mvc.perform(createWorker(existing.getUsername().toUpperCase(), "Someone Else", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This username is already in use")));
		assertThat(accounts.findAll().stream().filter(a -> a.getDisplayName().equals("Someone Else"))).isEmpty();
	}

	@Test
	void badUsernameAndMissingFieldsAreFieldErrors() throws Exception {
		mvc.perform(post("/admin/accounts/new").with(users.as("admin"))
			.with(csrf())
			.param("username", "no spaces!")
			.param("displayName", "")
			.param("password", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#username\""),
					containsString("href=\"#displayName\""), containsString("href=\"#role\""))));
	}

	@Test
	void staffNeedATeamAndAdministratorsHaveNone() throws Exception {
		mvc.perform(post("/admin/accounts/new").with(users.as("admin"))
			.with(csrf())
			.param("username", uniqueUsername("noteam"))
			.param("displayName", "No Team")
			.param("role", "PEER")
			.param("password", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one team")));
		mvc.perform(post("/admin/accounts/new").with(users.as("admin"))
			.with(csrf())
			.param("username", uniqueUsername("admin"))
			.param("displayName", "Admin With Team")
			.param("role", "ADMIN")
			.param("teamIds", northTeamId().toString())
			.param("password", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An administrator does not belong to a team")));
	}

	@Test
	void serviceUserAccountsCannotBeCreatedHere() throws Exception {
		String username = uniqueUsername("su");
		mvc.perform(post("/admin/accounts/new").with(users.as("admin"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Not Here")
			.param("role", "SERVICE_USER")
			.param("password", PASSWORD)).andExpect(status().isOk());
		assertThat(accounts.existsByUsernameIgnoreCase(username)).isFalse();
	}

}
