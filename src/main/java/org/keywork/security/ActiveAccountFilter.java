package org.keywork.security;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a change to an account reach its open sessions at their very next request, on
 * whichever app node they arrive (ADR 017):
 * <ul>
 * <li>deactivated, or its password reset by an administrator (or changed in another
 * session) since the session signed in: the session ends and the person signs in again.
 * (A person who changes their own password gets the new hash in that session, so that one
 * stays signed in and only the others end.)</li>
 * <li>a new role or name: the session's principal is replaced by the account as it is
 * now, so the new role's pages open or close at once.</li>
 * </ul>
 * Teams are not held in the session at all: {@link AccessPolicy#teamIds} reads them once
 * per request. One primary-key lookup per signed-in request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ActiveAccountFilter.class);

	private final JdbcClient jdbc;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	ActiveAccountFilter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KeyworkUser user) {
			Optional<AccountNow> now = load(user.getId());
			if (now.isEmpty() || !now.get().enabled()
					|| !Objects.equals(now.get().passwordHash(), user.getPassword())) {
				log.info("Session ended: account {} was deactivated or its password changed", user.getId());
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?error");
				return;
			}
			AccountNow account = now.get();
			AccessPolicy.rememberTeamIds(request, user.getId(), account.teamIds());
			if (account.role() != user.getRole() || !Objects.equals(account.displayName(), user.getDisplayName())) {
				KeyworkUser updated = new KeyworkUser(user.getId(), user.getUsername(), account.displayName(),
						user.getPassword(), account.role(), true, user.getServiceUserId(), user.isMustChangePassword());
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
				SecurityContextHolder.setContext(context);
				this.contexts.saveContext(context, request, response);
				log.info("Session of account {} now has role {}", user.getId(), account.role());
			}
		}
		chain.doFilter(request, response);
	}

	private Optional<AccountNow> load(Long id) {
		// the account's teams come with it, for AccessPolicy.teamIds: one statement, not
		// two
		return this.jdbc.sql("""
				select enabled, password_hash, role, display_name,
				  array(select t.team_id from account_team t where t.account_id = a.id) as team_ids
				from account a where a.id = ?
				""")
			.param(id)
			.query((rs, n) -> new AccountNow(rs.getBoolean("enabled"), rs.getString("password_hash"),
					Role.valueOf(rs.getString("role")), rs.getString("display_name"),
					Set.of((Long[]) rs.getArray("team_ids").getArray())))
			.optional();
	}

	private record AccountNow(boolean enabled, String passwordHash, Role role, String displayName, Set<Long> teamIds) {
	}

}
