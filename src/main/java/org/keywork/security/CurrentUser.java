package org.keywork.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in account of the current request. */
public final class CurrentUser {

	private CurrentUser() {
	}

	/**
	 * @throws IllegalStateException when nobody is signed in (routes are authenticated,
	 * so this is a bug)
	 */
	public static KeyworkUser get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KeyworkUser user) {
			return user;
		}
		throw new IllegalStateException("No signed-in Keywork user");
	}

}
