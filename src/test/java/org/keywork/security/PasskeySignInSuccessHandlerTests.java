package org.keywork.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * After a passkey sign-in: the failure count is cleared, the browser noted for *My
 * sessions*, {@link SecondFactorUsed} published with {@code PASSKEY}, and the script told
 * where to go.
 */
class PasskeySignInSuccessHandlerTests {

	@Test
	void aPasskeySignInDoesWhatAPasswordSignInDoesAndCountsAsThePasskeyFactor() throws Exception {
		LoginThrottle throttle = mock(LoginThrottle.class);
		List<Object> events = new ArrayList<>();
		KeyworkUser manager = new KeyworkUser(7L, "manager", "Manager", "{noop}x", Role.MANAGER, true, null, false);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login/webauthn");
		request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36");
		MockHttpServletResponse response = new MockHttpServletResponse();

		FactorChanges factorChanges = mock(FactorChanges.class);
		org.mockito.Mockito.when(factorChanges.current(7L)).thenReturn(3L);
		request.getSession().setAttribute(FactorChanges.ATTRIBUTE, 9L);

		new PasskeySignInSuccessHandler(throttle, events::add, factorChanges).onAuthenticationSuccess(request, response,
				UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));

		verify(throttle).recordSuccess("manager");
		assertThat(events).containsExactly(new SecondFactorUsed(7L, SecondFactorUsed.Factor.PASSKEY));
		assertThat(request.getSession().getAttribute(SignInDevice.ATTRIBUTE)).isEqualTo("Chrome/Linux");
		// the account's own count of second-factor changes, not what an earlier sign-in
		// in this browser left
		assertThat(request.getSession().getAttribute(FactorChanges.ATTRIBUTE)).isEqualTo(3L);
		assertThat(response.getContentAsString()).contains("\"authenticated\":true").contains("\"redirectUrl\":\"/\"");
	}

}
