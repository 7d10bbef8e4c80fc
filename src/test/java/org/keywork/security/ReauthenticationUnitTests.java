package org.keywork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Reauthentication} on its own: a confirmation counts for five minutes, and only
 * for the account that gave it (a later sign-in of another account in the same browser
 * keeps the session's attributes).
 */
class ReauthenticationUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

	private final KeyworkUser first = new KeyworkUser(7L, "first", "First", "{noop}x", Role.WORKER, true, null, false);

	private final KeyworkUser second = new KeyworkUser(8L, "second", "Second", "{noop}x", Role.WORKER, true, null,
			false);

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
	}

	private static Reauthentication at(Instant instant) {
		return new Reauthentication(Clock.fixed(instant, ZoneOffset.UTC),
				new StaticListableBeanFactory().getBeanProvider(SecondFactorRequirement.class));
	}

	private static void signedInAs(KeyworkUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
					List.of(new SimpleGrantedAuthority(SecondFactorRequirement.NOT_NEEDED_AUTHORITY))));
	}

	@Test
	void countsForFiveMinutesForTheAccountThatGaveIt() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		signedInAs(this.first);
		assertThat(at(NOW).allowed(request)).isFalse();
		at(NOW).confirmed(request, this.first);
		assertThat(at(NOW).allowed(request)).isTrue();
		assertThat(at(NOW.plus(Duration.ofMinutes(5)).minusSeconds(1)).allowed(request)).isTrue();
		assertThat(at(NOW.plus(Duration.ofMinutes(5))).allowed(request)).isFalse();
		// another account signed in with the same session
		signedInAs(this.second);
		assertThat(at(NOW).allowed(request)).isFalse();
	}

	@Test
	void nobodySignedInIsNeverAllowed() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		at(NOW).confirmed(request, this.first);
		assertThat(at(NOW).allowed(request)).isFalse();
	}

}
