package org.keywork.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Clears the failure count, notes the browser the session signed in from (for *My
 * sessions*) and returns the person to where they were going (or their home page).
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private static final Logger log = LoggerFactory.getLogger(LoginSuccessHandler.class);

	private final LoginThrottle throttle;

	LoginSuccessHandler(LoginThrottle throttle) {
		this.throttle = throttle;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.throttle.recordSuccess(authentication.getName());
		if (authentication.getPrincipal() instanceof KeyworkUser user) {
			log.info("Sign-in: account {} ({})", user.getId(), user.getRole());
		}
		request.getSession()
			.setAttribute(SignInDevice.ATTRIBUTE, SignInDevice.summarise(request.getHeader("User-Agent")));
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
