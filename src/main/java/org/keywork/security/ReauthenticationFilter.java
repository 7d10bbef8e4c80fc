package org.keywork.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's passkey registration ({@code POST /webauthn/register/options},
 * {@code POST /webauthn/register}) only after a recent "confirm it's you", or in the
 * forced first enrolment ({@link Reauthentication}, ADR 018): otherwise 403, before the
 * ceremony starts. A stolen signed-in session cannot add a passkey of its own.
 */
class ReauthenticationFilter extends OncePerRequestFilter {

	private static final Set<String> REGISTRATION = Set.of("/webauthn/register/options", "/webauthn/register");

	private final Reauthentication reauthentication;

	ReauthenticationFilter(Reauthentication reauthentication) {
		this.reauthentication = reauthentication;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !REGISTRATION.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KeyworkUser
				&& !this.reauthentication.allowed(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

}
