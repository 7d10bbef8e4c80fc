package org.keywork.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Sends a sign-in that still needs a second factor to give it (ADR 018); otherwise clears
 * the failure count, notes the browser the session signed in from (for *My sessions*) and
 * returns the person to where they were going (or their home page).
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private static final Logger log = LoggerFactory.getLogger(LoginSuccessHandler.class);

	private final LoginThrottle throttle;

	private final ObjectProvider<SecondFactorRequirement> secondFactor;

	private final FactorChanges factorChanges;

	LoginSuccessHandler(LoginThrottle throttle, ObjectProvider<SecondFactorRequirement> secondFactor,
			FactorChanges factorChanges) {
		this.throttle = throttle;
		this.factorChanges = factorChanges;
		this.secondFactor = secondFactor;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		request.getSession()
			.setAttribute(SignInDevice.ATTRIBUTE, SignInDevice.summarise(request.getHeader("User-Agent")));
		SecondFactorRequirement.Need need = SecondFactorRequirement.Need.NONE;
		SecondFactorRequirement requirement = this.secondFactor.getIfAvailable();
		if (authentication.getPrincipal() instanceof KeyworkUser user) {
			// the second factors as they are now: a later change ends this session (ADR
			// 018)
			request.getSession().setAttribute(FactorChanges.ATTRIBUTE, this.factorChanges.current(user.getId()));
			need = (requirement == null || SecondFactorRequirement.completed(authentication))
					? SecondFactorRequirement.Need.NONE : requirement.need(user);
			log.info("Sign-in: account {} ({}){}", user.getId(), user.getRole(),
					(need == SecondFactorRequirement.Need.NONE) ? "" : ", second factor to come");
		}
		if (need == SecondFactorRequirement.Need.NONE) {
			this.throttle.recordSuccess(authentication.getName());
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		// the failure count stands until the second factor is given too: a password alone
		// does not buy more guesses at a code (ADR 018)
		clearAuthenticationAttributes(request);
		getRedirectStrategy().sendRedirect(request, response, (need == SecondFactorRequirement.Need.VERIFY)
				? SecondFactorFilter.SIGN_IN_PATH : SecondFactorFilter.ENROL_PATH);
	}

}
