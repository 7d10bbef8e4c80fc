package org.keywork.security;

/**
 * One kind of second factor an account may have (an authenticator app; a passkey). Each
 * capability that keeps one provides a bean; {@link SecondFactorRequirement} asks them
 * all whether an account has enrolled any.
 */
public interface EnrolledFactor {

	/** Whether the account has this kind of second factor. */
	boolean enrolled(long accountId);

}
