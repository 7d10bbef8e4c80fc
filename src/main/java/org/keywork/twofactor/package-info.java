/**
 * Second factor for staff (ADR 018): which roles must have one, an authenticator app
 * (TOTP) with one-time recovery codes, the step after the password that asks for a code,
 * and an administrator's reset for a lost device. Passkeys live in their own package and
 * count as a second factor too.
 */
package org.keywork.twofactor;
