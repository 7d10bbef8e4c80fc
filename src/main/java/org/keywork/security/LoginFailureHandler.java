package org.keywork.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Counts failed sign-ins and sends the person back to the sign-in page with one answer
 * for every failure — wrong password, unknown username, deactivated or not yet activated
 * account, locked username — so the answer never says whether or in what state an account
 * exists (ADR 004). Every failure but a lock counts toward the lock, for any typed
 * username. The typed username is shown again in the form (as a flash attribute
 * {@code typedUsername}, whatever the failure, so it says nothing either), so only the
 * password has to be typed again.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	/** The longest username shown again (a username is at most 60 characters). */
	private static final int MAX_SHOWN = 60;

	private final LoginThrottle throttle;

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	LoginFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof BadCredentialsException) {
			this.throttle.recordFailure(request.getParameter("username"));
		}
		String username = request.getParameter("username");
		if (username != null && !username.isBlank()) {
			FlashMap typed = new FlashMap();
			typed.put("typedUsername", username.strip().substring(0, Math.min(username.strip().length(), MAX_SHOWN)));
			typed.setTargetRequestPath(request.getContextPath() + "/login");
			this.flash.saveOutputFlashMap(typed, request, response);
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
