package org.keywork.twofactor;

import org.keywork.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What an administrator sees of an account's second factors before resetting them. */
@Service
class AccountFactors {

	private final JdbcClient jdbc;

	private final Authenticators authenticators;

	private final RecoveryCodes recoveryCodes;

	AccountFactors(JdbcClient jdbc, Authenticators authenticators, RecoveryCodes recoveryCodes) {
		this.jdbc = jdbc;
		this.authenticators = authenticators;
		this.recoveryCodes = recoveryCodes;
	}

	/**
	 * @throws NotFoundException when there is no such account
	 */
	Summary get(long accountId) {
		return this.jdbc.sql("select id, username, display_name from account where id = ?")
			.param(accountId)
			.query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					this.authenticators.enrolled(accountId), this.recoveryCodes.remaining(accountId)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Account", accountId));
	}

	/** An account, whether it has an authenticator app, and its unused recovery codes. */
	record Summary(long id, String username, String displayName, boolean authenticator, int recoveryCodes) {
	}

}
