package org.keywork.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that has been deactivated, or whose password an
 * administrator has reset, since it signed in, on its very next request instead of
 * letting it run until it times out. (A person who changes their own password gets the
 * new hash in their session, so they stay signed in.) One primary-key lookup per
 * signed-in request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ActiveAccountFilter.class);

	private final JdbcClient jdbc;

	ActiveAccountFilter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KeyworkUser user && !isActive(user)) {
			log.info("Session ended: account {} was deactivated or its password reset", user.getId());
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isActive(KeyworkUser user) {
		return this.jdbc.sql("select count(*) from account where id = ? and enabled and password_hash = ?")
			.params(user.getId(), user.getPassword())
			.query(Long.class)
			.single() > 0;
	}

}
