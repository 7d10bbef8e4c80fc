package org.keywork.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Whether a signed-in account still has to give a second factor (ADR 018). Implemented by
 * the {@code twofactor} capability; asked by {@link SecondFactorFilter} on every request
 * of a session that has not given one yet, and by any capability (passkeys) that wants to
 * know.
 */
public interface SecondFactorRequirement {

	/** Authority a session gets from a code of an authenticator app. */
	String TOTP_AUTHORITY = "FACTOR_TOTP";

	/** Authority a session gets from one of the account's recovery codes. */
	String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";

	/**
	 * Authority a password sign-in gets when, at that moment, the account had no second
	 * factor and its role did not require one: the gate then need not ask again on every
	 * request (which would cost three statements a page). Dropped when the session's role
	 * changes ({@link ActiveAccountFilter}); a factor enrolled later ends the account's
	 * other sessions ({@link FactorChanges}).
	 */
	String NOT_NEEDED_AUTHORITY = "SECOND_FACTOR_NOT_NEEDED";

	/**
	 * The authorities that make a sign-in complete: a passkey (two factors in one), a
	 * code, a recovery code, or a password when no second factor was needed.
	 */
	Set<String> COMPLETE = Set.of(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, TOTP_AUTHORITY, RECOVERY_CODE_AUTHORITY,
			NOT_NEEDED_AUTHORITY);

	/** What the account must still do before it can open any page. */
	enum Need {

		/** Nothing: signed in. */
		NONE,
		/** Give a code (or recovery code, or passkey) for a second factor it has. */
		VERIFY,
		/** Its role requires a second factor and it has none: enrol one. */
		ENROL

	}

	/**
	 * What the account must still do, for a session that has not yet given a second
	 * factor.
	 */
	Need need(KeyworkUser user);

	/** Whether the role must have a second factor (never SERVICE_USER). */
	boolean required(Role role);

	/** Whether the account has any second factor enrolled (of any kind). */
	boolean enrolled(long accountId);

	/** Whether the session's sign-in included a second factor (or a passkey). */
	static boolean completed(Authentication authentication) {
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (COMPLETE.contains(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
