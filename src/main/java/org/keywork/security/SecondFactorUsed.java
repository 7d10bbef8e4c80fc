package org.keywork.security;

/**
 * Published (as a Spring application event) when an account completes a second factor at
 * sign-in, or signs in with a passkey (which is two factors in one: the device and the
 * person's verification on it). The sign-in history records it; nothing here depends on
 * who listens.
 *
 * @param accountId the account that signed in
 * @param factor how the second factor was given
 */
public record SecondFactorUsed(long accountId, Factor factor) {

	/** The ways a second factor can be given. */
	public enum Factor {

		/** A code from an authenticator app. */
		TOTP,
		/** One of the account's one-time recovery codes. */
		RECOVERY_CODE,
		/** A passkey (WebAuthn). */
		PASSKEY

	}

}
