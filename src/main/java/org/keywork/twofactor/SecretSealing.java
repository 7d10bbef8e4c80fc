package org.keywork.twofactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals authenticator-app secrets before they are stored (ADR 018): AES-256-GCM with the
 * key {@code keywork.second-factor.secret-key} (32 random bytes, base64), kept outside
 * the database, so that a copy of the database or a backup alone does not give anyone the
 * codes of every account. A sealed secret is {@value #PREFIX} followed by base64 of a
 * random 12-byte nonce and the ciphertext with its tag; the account's id is bound in as
 * associated data, so a sealed secret copied to another account's row does not open.
 * Without a key, secrets are stored as they are (and {@link SealedSecrets} says so at
 * start-up).
 */
@Component
class SecretSealing {

	static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretSealing(@Value("${keywork.second-factor.secret-key:}") String key) {
		this.key = key == null || key.isBlank() ? null : key(key.strip());
	}

	/** Whether a key is set, so that secrets are sealed. */
	boolean sealing() {
		return this.key != null;
	}

	/** The secret as it is stored for this account: sealed if a key is set. */
	String seal(long accountId, String secret) {
		if (this.key == null) {
			return secret;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associated(accountId));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Authenticator secret not sealed", ex);
		}
	}

	/**
	 * The secret stored for this account: opened if sealed, as it is if it was stored
	 * before sealing.
	 * @throws IllegalStateException if it is sealed and cannot be opened (no key, another
	 * key, another account's row, or changed)
	 */
	String open(long accountId, String stored) {
		if (!isSealed(stored)) {
			return stored;
		}
		if (this.key == null) {
			throw new IllegalStateException(
					"A sealed authenticator secret, and keywork.second-factor.secret-key not set");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			cipher.updateAAD(associated(accountId));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The authenticator secret of account " + accountId + " does not open", ex);
		}
	}

	static boolean isSealed(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

	private static byte[] associated(long accountId) {
		return ("totp_credential:" + accountId).getBytes(StandardCharsets.US_ASCII);
	}

	private static SecretKeySpec key(String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("keywork.second-factor.secret-key is not base64", ex);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(
					"keywork.second-factor.secret-key must be 32 bytes in base64 (openssl rand -base64 32), not "
							+ bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
