package org.keywork.passkeys;

import java.time.Instant;

/**
 * One of a person's passkeys as *My passkeys* shows it.
 *
 * @param id the credential id (base64url), which the authenticator chose
 * @param label the name the person gave it
 * @param created when it was added
 * @param lastUsed when it was last used to sign in, or null if never
 */
record Passkey(String id, String label, Instant created, Instant lastUsed) {

}
