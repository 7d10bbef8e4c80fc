package org.keywork.passkeys;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	PasskeyCredentialRepository(UserCredentialRepository delegate) {
		this.delegate = delegate;
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
			// merge: a passkey was added to the account whose user entity is
			// record.getUserEntityUserId() -> mark the account's factors changed (the
			// other helper's marker), so its other open sessions learn of it (ADR 017)
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
