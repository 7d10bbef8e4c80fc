package org.keywork.security;

/**
 * Published (as a Spring application event) when failed sign-ins lock a username
 * ({@link LoginThrottle}), whether or not an account has that name, so that listening
 * does the same work for every username (ADR 004). The sign-in history records it for an
 * existing account.
 *
 * @param username the username as typed
 */
public record SignInLockedOut(String username) {

}
