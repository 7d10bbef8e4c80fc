package org.keywork.staff;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.security.LoginThrottle;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class AccountPasswordResetTests extends AccountAdminTestBase {

	@Test
	void resetSetsMustChangeAndLiftsALockout() throws Exception {
		Account account = createdWorker();
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			throttle.recordFailure(account.getUsername());
		}
		assertThat(throttle.isLocked(account.getUsername())).isTrue();

		String temporary = "harbour violet engine 5";
		mvc.perform(post("/admin/accounts/{id}/password", account.getId()).with(users.as("admin"))
			.with(csrf())
			.param("password", temporary)).andExpect(redirectedUrl("/admin/accounts/" + account.getId()));
		// a worker's new password waits for a second administrator (ADR 021)
		assertThat(throttle.isLocked(account.getUsername())).isTrue();
		approvedByASecondAdministrator(account.getId());

		assertThat(throttle.isLocked(account.getUsername())).isFalse();
		assertThat(accounts.findById(account.getId()).orElseThrow().isMustChangePassword()).isTrue();
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin().user(account.getUsername()).password(temporary))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void weakTemporaryPasswordIsRefused() throws Exception {
		Account account = createdWorker();
		mvc.perform(post("/admin/accounts/{id}/password", account.getId()).with(users.as("admin"))
			.with(csrf())
			.param("password", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#password\"")));
		assertThat(accounts.findById(account.getId()).orElseThrow().getPasswordHash())
			.isEqualTo(account.getPasswordHash());
	}

}
