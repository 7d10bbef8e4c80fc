package org.keywork.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts failed sign-ins and sends the person back to the sign-in page with one answer
 * for every failure — wrong password, unknown username, deactivated or not yet activated
 * account, locked username — so the answer never says whether or in what state an account
 * exists (ADR 004). Every failure but a lock counts toward the lock, for any typed
 * username.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	LoginFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof BadCredentialsException) {
			this.throttle.recordFailure(request.getParameter("username"));
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
