/**
 * Sign-in history (ADR 020): each sign-in, failed sign-in, lockout and use or removal of
 * a second factor of an existing account, recorded from Spring Security's authentication
 * events and the events of {@code security}; the account sees its own history, and
 * administrators see any account's.
 */
package org.keywork.signins;
