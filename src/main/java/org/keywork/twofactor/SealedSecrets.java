package org.keywork.twofactor;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, brings the stored authenticator secrets in line with the key
 * ({@link SecretSealing}, ADR 018): with a key, seals those stored before there was one;
 * without a key, refuses to start if any secret is sealed (no code of those accounts
 * could be checked: set the key they were sealed with), and warns if secrets are stored
 * unsealed.
 */
@Component
class SealedSecrets implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SealedSecrets.class);

	private final JdbcClient jdbc;

	private final SecretSealing sealing;

	SealedSecrets(JdbcClient jdbc, SecretSealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.sealing.sealing()) {
			long sealed = count(true);
			if (sealed > 0) {
				throw new IllegalStateException(sealed + " authenticator secrets are sealed and "
						+ "keywork.second-factor.secret-key is not set: set the key they were sealed with");
			}
			if (count(false) > 0) {
				log.warn("Authenticator secrets are stored unsealed: set keywork.second-factor.secret-key "
						+ "(openssl rand -base64 32) to seal them");
			}
			return;
		}
		List<Unsealed> unsealed = this.jdbc
			.sql("select account_id, secret from totp_credential where not starts_with(secret, 'v1:')")
			.query((rs, n) -> new Unsealed(rs.getLong("account_id"), rs.getString("secret")))
			.list();
		for (Unsealed row : unsealed) {
			this.jdbc.sql("update totp_credential set secret = ? where account_id = ? and secret = ?")
				.params(this.sealing.seal(row.accountId(), row.secret()), row.accountId(), row.secret())
				.update();
		}
		if (!unsealed.isEmpty()) {
			log.info("Sealed {} authenticator secrets stored before the key was set", unsealed.size());
		}
	}

	private long count(boolean sealed) {
		return this.jdbc.sql("select count(*) from totp_credential where starts_with(secret, 'v1:') = ?")
			.param(sealed)
			.query(Long.class)
			.single();
	}

	private record Unsealed(long accountId, String secret) {
	}

}
