package org.keywork.staff;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class AccountDeactivationTests extends AccountAdminTestBase {

	@Test
	void deactivatedAccountCannotSignInUntilReactivated() throws Exception {
		Account account = createdWorker();
		mvc.perform(post("/admin/accounts/{id}/deactivate", account.getId()).with(users.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + account.getId()));
		assertThat(accounts.findById(account.getId()).orElseThrow().isEnabled()).isFalse();
		mvc.perform(formLogin().user(account.getUsername()).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));

		mvc.perform(post("/admin/accounts/{id}/reactivate", account.getId()).with(users.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + account.getId()));
		mvc.perform(formLogin().user(account.getUsername()).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void administratorCannotDeactivateTheirOwnAccount() throws Exception {
		Account admin = accounts.findByUsernameIgnoreCase("admin").orElseThrow();
		mvc.perform(post("/admin/accounts/{id}/deactivate", admin.getId()).with(users.as("admin")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("You cannot deactivate your own account")));
		assertThat(accounts.findById(admin.getId()).orElseThrow().isEnabled()).isTrue();
	}

}
