package org.keywork.portal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.security.LoginThrottle;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

@KeyworkTest
class ActivationCodeTests extends ActivationTestBase {

	@Test
	void worksOnceAndOnlyOnce() throws Exception {
		PortalAccounts.IssuedCode issued = issue("worker");
		assertThat(issued.code()).matches("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}");
		assertThat(jdbc.sql(
				"select code_hash from activation_code c join account a on a.id = c.account_id where a.service_user_id = ?")
			.param(person)
			.query(String.class)
			.single()).doesNotContain(issued.code().replace("-", ""));
		// the account cannot sign in before activation
		mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(unauthenticated());

		MvcResult first = activate(issued.username(), issued.code().toLowerCase(), PASSWORD);
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login");
		mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(authenticated());

		MvcResult second = activate(issued.username(), issued.code(), "another long passphrase");
		assertThat(second.getResponse().getStatus()).isEqualTo(200);
		assertThat(second.getResponse().getContentAsString()).contains(FAILED);
		mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void wrongOrExpiredCodesFailWithOneMessage() throws Exception {
		PortalAccounts.IssuedCode issued = issue("worker");
		assertThat(activate(issued.username(), "ABCDE-FGHJK", PASSWORD).getResponse().getContentAsString())
			.contains(FAILED);
		assertThat(activate("nobody-" + person, issued.code(), PASSWORD).getResponse().getContentAsString())
			.contains(FAILED);
		// a code is valid for 7 days: no longer a minute after, still a minute before
		try (TestClock.Moved past = clock.movedBy(Duration.ofDays(7).plusMinutes(1))) {
			assertThat(activate(issued.username(), issued.code(), PASSWORD).getResponse().getContentAsString())
				.contains(FAILED);
		}
		try (TestClock.Moved almost = clock.movedBy(Duration.ofDays(7).minusMinutes(1))) {
			assertThat(activate(issued.username(), issued.code(), PASSWORD).getResponse().getRedirectedUrl())
				.isEqualTo("/login");
		}
	}

	@Test
	void aNewCodeReplacesTheOldOne() throws Exception {
		PortalAccounts.IssuedCode first = issue("worker");
		PortalAccounts.IssuedCode second = issue("manager");
		assertThat(second.username()).isEqualTo(first.username());
		assertThat(activate(first.username(), first.code(), PASSWORD).getResponse().getContentAsString())
			.contains(FAILED);
		assertThat(activate(second.username(), second.code(), PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login");
	}

	@Test
	void locksAfterFiveFailures() throws Exception {
		PortalAccounts.IssuedCode issued = issue("worker");
		for (int i = 0; i < 5; i++) {
			activate(issued.username(), "WRONG-CODE" + i, PASSWORD);
		}
		// locked: even the right code is refused, with the answer every failure gets
		// (ADR 004)
		MvcResult locked = activate(issued.username(), issued.code(), PASSWORD);
		assertThat(locked.getResponse().getStatus()).isEqualTo(200);
		assertThat(locked.getResponse().getContentAsString()).contains(FAILED);
		mvc.perform(formLogin().user(issued.username()).password(PASSWORD)).andExpect(unauthenticated());
		try (TestClock.Moved later = clock.movedBy(LoginThrottle.LOCK_DURATION.plusMinutes(1))) {
			assertThat(activate(issued.username(), issued.code(), PASSWORD).getResponse().getRedirectedUrl())
				.isEqualTo("/login");
		}
	}

	@Test
	void aWeakPasswordIsRefusedWithoutUsingTheCode() throws Exception {
		PortalAccounts.IssuedCode issued = issue("worker");
		assertThat(activate(issued.username(), issued.code(), "short").getResponse().getContentAsString())
			.contains("at least 12 characters");
		assertThat(activate(issued.username(), issued.code(), PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login");
	}

}
