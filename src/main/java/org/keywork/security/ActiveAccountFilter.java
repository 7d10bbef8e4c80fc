package org.keywork.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.security.core.GrantedAuthority;
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
 * now, so the new role's pages open or close at once (keeping the factors the session
 * signed in with).</li>
 * <li>its second factors changed (enrolled, removed, reset by an administrator) since the
 * session signed in: the session ends, unless it is the one that made the change
 * ({@link FactorChanges}, ADR 018).</li>
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
				end(request, response);
				return;
			}
			AccountNow account = now.get();
			AccessPolicy.rememberTeamIds(request, user.getId(), account.teamIds());
			HttpSession session = request.getSession(false);
			if (session != null) {
				Object seen = session.getAttribute(FactorChanges.ATTRIBUTE);
				if (!(seen instanceof Long seenChanges)) {
					// signed in some other way than the password form (which notes it):
					// up to date as of this first request
					session.setAttribute(FactorChanges.ATTRIBUTE, account.factorChanges());
				}
				else if (seenChanges < account.factorChanges()) {
					log.info("Session ended: second factors of account {} changed", user.getId());
					end(request, response);
					return;
				}
			}
			// an administrator made the role require a second factor since this session
			// signed in with its password alone: the gate asks for one now (ADR 018)
			boolean nowRequired = account.roleRequiresSecondFactor() && authentication.getAuthorities()
				.stream()
				.anyMatch(authority -> SecondFactorRequirement.NOT_NEEDED_AUTHORITY.equals(authority.getAuthority()));
			if (nowRequired || account.role() != user.getRole()
					|| !Objects.equals(account.displayName(), user.getDisplayName())) {
				KeyworkUser updated = new KeyworkUser(user.getId(), user.getUsername(), account.displayName(),
						user.getPassword(), account.role(), true, user.getServiceUserId(), user.isMustChangePassword());
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				List<GrantedAuthority> authorities = new ArrayList<>(updated.getAuthorities());
				authentication.getAuthorities()
					.stream()
					.filter(authority -> authority.getAuthority().startsWith("FACTOR_")
							|| (account.role() == user.getRole() && !nowRequired
									&& SecondFactorRequirement.NOT_NEEDED_AUTHORITY.equals(authority.getAuthority())))
					.forEach(authorities::add);
				context
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, authorities));
				SecurityContextHolder.setContext(context);
				this.contexts.saveContext(context, request, response);
				log.info("Session of account {} now has role {}", user.getId(), account.role());
			}
		}
		chain.doFilter(request, response);
	}

	private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private Optional<AccountNow> load(Long id) {
		// the account's teams come with it, for AccessPolicy.teamIds: one statement, not
		// two
		return this.jdbc.sql("""
				select a.enabled, a.password_hash, a.role, a.display_name, coalesce(f.changes, 0) as factor_changes,
				       coalesce(p.required, false) as role_requires,
				       array(select t.team_id from account_team t where t.account_id = a.id) as team_ids
				from account a left join account_factor_change f on f.account_id = a.id
				left join second_factor_policy p on p.role = a.role
				where a.id = ?
				""")
			.param(id)
			.query((rs, n) -> new AccountNow(rs.getBoolean("enabled"), rs.getString("password_hash"),
					Role.valueOf(rs.getString("role")), rs.getString("display_name"), rs.getLong("factor_changes"),
					rs.getBoolean("role_requires"), Set.of((Long[]) rs.getArray("team_ids").getArray())))
			.optional();
	}

	private record AccountNow(boolean enabled, String passwordHash, Role role, String displayName, long factorChanges,
			boolean roleRequiresSecondFactor, Set<Long> teamIds) {
	}

}
