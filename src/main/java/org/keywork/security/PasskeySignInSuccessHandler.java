package org.keywork.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;

/**
 * After a passkey sign-in, what happens after a password sign-in
 * ({@link LoginSuccessHandler}: the failure count cleared, the browser noted for *My
 * sessions*; the session id has already changed), plus {@link SecondFactorUsed} with
 * {@code PASSKEY}. Answers the browser's script in JSON ({@code {"authenticated": true,
 * "redirectUrl": "/"}}) as Spring Security's passkey sign-in does, and the script goes
 * there.
 */
class PasskeySignInSuccessHandler implements AuthenticationSuccessHandler {

	private static final Logger log = LoggerFactory.getLogger(PasskeySignInSuccessHandler.class);

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final AuthenticationSuccessHandler json = new HttpMessageConverterAuthenticationSuccessHandler();

	private final FactorChanges factorChanges;

	PasskeySignInSuccessHandler(LoginThrottle throttle, ApplicationEventPublisher events, FactorChanges factorChanges) {
		this.throttle = throttle;
		this.events = events;
		this.factorChanges = factorChanges;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		this.throttle.recordSuccess(authentication.getName());
		if (authentication.getPrincipal() instanceof KeyworkUser user) {
			log.info("Sign-in with a passkey: account {} ({})", user.getId(), user.getRole());
			// the second factors as they are now: a later change ends this session (ADR
			// 018), whatever an earlier sign-in in this browser left in the session
			request.getSession().setAttribute(FactorChanges.ATTRIBUTE, this.factorChanges.current(user.getId()));
			this.events.publishEvent(new SecondFactorUsed(user.getId(), SecondFactorUsed.Factor.PASSKEY));
		}
		request.getSession()
			.setAttribute(SignInDevice.ATTRIBUTE, SignInDevice.summarise(request.getHeader("User-Agent")));
		this.json.onAuthenticationSuccess(request, response, authentication);
	}

}
