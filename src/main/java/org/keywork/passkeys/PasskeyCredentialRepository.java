package org.keywork.passkeys;

import java.util.List;

import org.keywork.security.FactorChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's JDBC repository of passkeys, noticing the one write that adds a
 * passkey (registration saves a credential the table does not hold yet; a sign-in saves
 * one it holds, with its new signature count and time of use).
 */
class PasskeyCredentialRepository implements UserCredentialRepository {

	private static final Logger log = LoggerFactory.getLogger(PasskeyCredentialRepository.class);

	private final UserCredentialRepository delegate;

	private final JdbcClient jdbc;

	private final FactorChanges changes;

	PasskeyCredentialRepository(UserCredentialRepository delegate, JdbcClient jdbc, FactorChanges changes) {
		this.delegate = delegate;
		this.jdbc = jdbc;
		this.changes = changes;
	}

	@Override
	public void delete(Bytes credentialId) {
		this.delegate.delete(credentialId);
	}

	@Override
	public void save(CredentialRecord record) {
		boolean added = this.delegate.findByCredentialId(record.getCredentialId()) == null;
		this.delegate.save(record);
		if (added) {
			log.info("Passkey added");
			// the account's other open sessions end at their next request (ADR 017, ADR
			// 018);
			// the one that added it stays signed in
			this.jdbc.sql("""
					select a.id from account a join user_entities u on lower(u.name) = lower(a.username)
					where u.id = ?
					""")
				.param(record.getUserEntityUserId().toBase64UrlString())
				.query(Long.class)
				.optional()
				.ifPresent(accountId -> this.changes.changed(accountId, Passkeys.currentRequest()));
		}
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.delegate.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.delegate.findByUserId(userId);
	}

}
