package org.keywork.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second-factor gate (ADR 018). A session signed in with a password only, whose role
 * requires a second factor or whose account has one, is partly signed in: every page but
 * the second-factor step (or enrolment, when it has none yet), passkeys, sign-out and
 * static files sends it to {@link #SIGN_IN_PATH} (or {@link #ENROL_PATH}). A session that
 * gave a code, a recovery code or a passkey is never asked again.
 */
class SecondFactorFilter extends OncePerRequestFilter {

	/** Where a partly signed-in session gives its code. */
	static final String SIGN_IN_PATH = "/login/second-factor";

	/** Where an account whose role requires a second factor enrols one. */
	static final String ENROL_PATH = "/account/second-factor";

	/**
	 * Open to a partly signed-in session: it may always finish (a code, or a passkey
	 * sign-in), or leave.
	 */
	private static final List<String> ALWAYS_OPEN = List.of("/login", "/logout", "/error", "/webauthn/authenticate",
			"/css", "/js", "/images", "/webjars", "/assets", "/favicon.ico");

	/**
	 * Open too while the account must enrol and has no second factor at all: enrolling an
	 * authenticator app or a passkey. Never while it has one: a password alone must not
	 * add a factor to an account that has one.
	 */
	private static final List<String> ENROL_OPEN = List.of(ENROL_PATH, "/account/passkeys", "/webauthn");

	private final ObjectProvider<SecondFactorRequirement> requirement;

	SecondFactorFilter(ObjectProvider<SecondFactorRequirement> requirement) {
		this.requirement = requirement;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KeyworkUser user
				&& !SecondFactorRequirement.completed(authentication)) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!under(path, ALWAYS_OPEN)) {
				SecondFactorRequirement.Need need = need(user);
				if (need == SecondFactorRequirement.Need.VERIFY) {
					response.sendRedirect(request.getContextPath() + SIGN_IN_PATH);
					return;
				}
				if (need == SecondFactorRequirement.Need.ENROL && !under(path, ENROL_OPEN)) {
					response.sendRedirect(request.getContextPath() + ENROL_PATH);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private SecondFactorRequirement.Need need(KeyworkUser user) {
		SecondFactorRequirement found = this.requirement.getIfAvailable();
		return found == null ? SecondFactorRequirement.Need.NONE : found.need(user);
	}

	private static boolean under(String path, List<String> prefixes) {
		for (String prefix : prefixes) {
			if (path.equals(prefix) || path.startsWith(prefix + "/")) {
				return true;
			}
		}
		return false;
	}

}
