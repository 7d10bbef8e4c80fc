package org.keywork.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time recovery codes: 10 random codes of 10 characters (50 bits each), shown once,
 * kept only as SHA-256 hashes (high-entropy random codes need no slow hash). Each works
 * once; new codes replace all the old ones.
 */
@Service
class RecoveryCodes {

	private static final Logger log = LoggerFactory.getLogger(RecoveryCodes.class);

	static final int COUNT = 10;

	/** No 0/O, 1/I/L: easy to read back from paper. */
	private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private static final int LENGTH = 10;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Replaces the account's codes with new ones, returned once, never stored as such.
	 */
	@Transactional
	List<String> replace(long accountId) {
		remove(accountId);
		Timestamp now = Timestamp.from(this.clock.instant());
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			this.jdbc.sql("insert into recovery_code (account_id, code_hash, created_at) values (?, ?, ?)")
				.params(accountId, hash(code), now)
				.update();
		}
		log.info("New recovery codes for account {}", accountId);
		return codes;
	}

	/**
	 * Uses up one of the account's codes.
	 * @return whether it was one of them and not used before
	 */
	@Transactional
	boolean use(long accountId, String typed) {
		String code = normalise(typed);
		if (code.length() != LENGTH) {
			return false;
		}
		int used = this.jdbc
			.sql("update recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null")
			.params(Timestamp.from(this.clock.instant()), accountId, hash(code))
			.update();
		if (used > 0) {
			log.info("Account {} used a recovery code", accountId);
		}
		return used > 0;
	}

	/** How many unused codes the account has. */
	int remaining(long accountId) {
		return this.jdbc.sql("select count(*) from recovery_code where account_id = ? and used_at is null")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	void remove(long accountId) {
		this.jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(LENGTH + 1);
		for (int i = 0; i < LENGTH; i++) {
			if (i == LENGTH / 2) {
				code.append('-');
			}
			code.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/** Lower case, without spaces or dashes: the way a person may type it back. */
	private static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
