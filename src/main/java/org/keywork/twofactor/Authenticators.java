package org.keywork.twofactor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.keywork.security.EnrolledFactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authenticator apps (TOTP, RFC 6238: 6 digits, 30 seconds, SHA-1, what every app
 * supports). The time is the injected {@link Clock}'s. A code is accepted for the current
 * time step or one either side (a phone's clock a little off), and only for a step later
 * than the last one accepted: a code, once used, is never accepted again. Secrets are
 * stored sealed when a key is set ({@link SecretSealing}).
 */
@Service
class Authenticators implements EnrolledFactor {

	private static final Logger log = LoggerFactory.getLogger(Authenticators.class);

	static final int PERIOD_SECONDS = 30;

	static final int DIGITS = 6;

	private static final String ISSUER = "Keywork";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();

	private final SecretSealing sealing;

	Authenticators(JdbcClient jdbc, Clock clock, SecretSealing sealing) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sealing = sealing;
	}

	@Override
	public boolean enrolled(long accountId) {
		return this.jdbc.sql("select count(*) from totp_credential where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single() > 0;
	}

	/** A new random secret (base32, 160 bits), not yet saved. */
	String newSecret() {
		return this.secrets.generate();
	}

	/** The otpauth:// address an authenticator app reads from the QR image. */
	static String uri(String secret, String username) {
		return qrData(secret, username).getUri();
	}

	/** The QR image of the secret as a data: URI, or empty if it cannot be drawn. */
	static Optional<String> qrImage(String secret, String username) {
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			generator.setImageSize(240);
			return Optional.of(Utils.getDataUriForImage(generator.generate(qrData(secret, username)),
					generator.getImageMimeType()));
		}
		catch (QrGenerationException | RuntimeException ex) {
			log.warn("QR image not drawn: {}", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	private static QrData qrData(String secret, String username) {
		return new QrData.Builder().label(username)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
	}

	/**
	 * Saves a secret the person proved they hold with a current code (replacing any
	 * earlier one).
	 * @return whether the code was right (nothing saved otherwise)
	 */
	@Transactional
	boolean enrol(long accountId, String secret, String code) {
		OptionalLong step = matchingStep(secret, code, 0);
		if (step.isEmpty()) {
			return false;
		}
		this.jdbc
			.sql("""
					insert into totp_credential (account_id, secret, last_used_step, created_at) values (?, ?, ?, ?)
					on conflict (account_id) do update set secret = excluded.secret, last_used_step = excluded.last_used_step,
					  created_at = excluded.created_at
					""")
			.params(accountId, this.sealing.seal(accountId, secret), step.getAsLong(),
					Timestamp.from(this.clock.instant()))
			.update();
		log.info("Account {} enrolled an authenticator app", accountId);
		return true;
	}

	/**
	 * Checks a code of the account's authenticator app and uses it up.
	 * @return whether it was right and not used before
	 */
	@Transactional
	boolean verify(long accountId, String code) {
		Optional<Credential> credential = this.jdbc
			.sql("select secret, last_used_step from totp_credential where account_id = ?")
			.param(accountId)
			.query((rs, n) -> new Credential(rs.getString("secret"), rs.getLong("last_used_step")))
			.optional();
		if (credential.isEmpty()) {
			return false;
		}
		String secret;
		try {
			secret = this.sealing.open(accountId, credential.get().secret());
		}
		catch (IllegalStateException ex) {
			// fails closed: a secret that does not open (another key, changed) matches no
			// code
			log.error("Authenticator secret of account {} does not open; no code is accepted", accountId);
			return false;
		}
		OptionalLong step = matchingStep(secret, code, credential.get().lastUsedStep());
		if (step.isEmpty()) {
			return false;
		}
		// only if no other request used this step (or a later one) in the meantime
		return this.jdbc
			.sql("update totp_credential set last_used_step = ? where account_id = ? and last_used_step < ?")
			.params(step.getAsLong(), accountId, step.getAsLong())
			.update() > 0;
	}

	/** Removes the account's authenticator app. */
	@Transactional
	boolean remove(long accountId) {
		int removed = this.jdbc.sql("delete from totp_credential where account_id = ?").param(accountId).update();
		if (removed > 0) {
			log.info("Authenticator app of account {} removed", accountId);
		}
		return removed > 0;
	}

	/**
	 * The time step (now, or one either side) whose code this is, if later than
	 * {@code after}.
	 */
	private OptionalLong matchingStep(String secret, String code, long after) {
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		if (!typed.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long now = this.clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			if (step > after && constantTimeEquals(generate(secret, step), typed)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private String generate(String secret, long step) {
		try {
			return this.codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("TOTP code not computed", ex);
		}
	}

	private static boolean constantTimeEquals(String a, String b) {
		return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	private record Credential(String secret, long lastUsedStep) {
	}

}
