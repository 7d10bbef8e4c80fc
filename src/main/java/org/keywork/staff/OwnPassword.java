package org.keywork.staff;

import java.util.Optional;

import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Someone changing the password of their own account. */
@Service
class OwnPassword {

	private static final Logger log = LoggerFactory.getLogger(OwnPassword.class);

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	OwnPassword(AccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/**
	 * Replaces the password if {@code current} is right, and clears "must change
	 * password".
	 * @return the new hash, or empty when the current password is not right (nothing
	 * changed)
	 */
	@Transactional
	Optional<String> change(Long accountId, String current, String next) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("Account", accountId));
		if (!this.encoder.matches(current, account.getPasswordHash())) {
			log.info("Password change refused for account {}: current password not right", accountId);
			return Optional.empty();
		}
		String hash = this.encoder.encode(next);
		account.changePassword(hash, false);
		log.info("Account {} changed its password", accountId);
		return Optional.of(hash);
	}

}
