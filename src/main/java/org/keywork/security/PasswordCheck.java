package org.keywork.security;

import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Compares a typed secret with a stored hash, doing exactly one hash comparison whether
 * or not there is a stored hash: when there is none (no such account, no open code) it
 * compares with a fixed dummy hash made once at start-up with the same encoder, and
 * answers no. So a refusal takes the same time whatever the reason (ADR 004).
 */
@Component
public class PasswordCheck {

	private final PasswordEncoder encoder;

	private final String dummyHash;

	PasswordCheck(PasswordEncoder encoder) {
		this.encoder = encoder;
		this.dummyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * Whether {@code typed} matches {@code storedHash}; {@code false} when either is
	 * missing or the hash is unusable, after the same work as a real comparison.
	 */
	public boolean matches(String typed, String storedHash) {
		String raw = typed == null ? "" : typed;
		if (storedHash == null || storedHash.isEmpty()) {
			this.encoder.matches(raw, this.dummyHash);
			return false;
		}
		try {
			return this.encoder.matches(raw, storedHash);
		}
		catch (IllegalArgumentException ex) {
			// a hash in no known format: refuse, after the usual work
			this.encoder.matches(raw, this.dummyHash);
			return false;
		}
	}

}
