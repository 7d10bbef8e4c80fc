package org.keywork.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in account's role for templates ({@code ${@signedIn.role()}}): the layout's
 * navigation shows each role its own items. An account has exactly one role (ADR 003),
 * and its authority stays the same while a second factor is awaited, so this answers as
 * Spring Security's {@code hasRole} would, without parsing a security expression for each
 * menu item of every page (docs/performance.md).
 */
@Component("signedIn")
public class SignedIn {

	/**
	 * The role's name ({@code WORKER}, {@code MANAGER}, ...), or null when nobody is
	 * signed in.
	 */
	public String role() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof KeyworkUser user
				? user.getRole().name() : null;
	}

}
