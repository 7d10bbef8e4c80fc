/**
 * Passkeys (ADR 019): the relying party and the two tables Spring Security's WebAuthn
 * support keeps them in ({@code user_entities}, {@code user_credentials}), and *My
 * passkeys*, where a person names, renames and removes theirs. The sign-in itself is
 * wired in {@code security}, which knows these beans only by Spring Security's
 * interfaces.
 */
package org.keywork.passkeys;
