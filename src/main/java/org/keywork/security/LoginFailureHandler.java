package org.keywork.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts failed sign-ins and sends the person back to the sign-in page with a message
 * that never says whether the username exists.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	LoginFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		boolean locked = exception instanceof LockedException;
		if (exception instanceof BadCredentialsException) {
			locked = this.throttle.recordFailure(username);
		}
		response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
	}

}
