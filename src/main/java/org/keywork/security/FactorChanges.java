package org.keywork.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Counts changes to an account's second factors (enrolled, removed, new recovery codes,
 * reset by an administrator). A session remembers the count it signed in with;
 * {@link ActiveAccountFilter} ends a session whose count is behind at its next request
 * (ADR 017, ADR 018). The session that made the change keeps up with it and stays signed
 * in. Whoever adds or removes a second factor (TOTP here, passkeys) calls
 * {@link #changed}.
 */
@Component
public class FactorChanges {

	/** The session attribute holding the count the session is up to date with. */
	public static final String ATTRIBUTE = "keywork.factorChanges";

	private static final Logger log = LoggerFactory.getLogger(FactorChanges.class);

	private final JdbcClient jdbc;

	FactorChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many times the account's second factors have changed. */
	public long current(long accountId) {
		return this.jdbc.sql("select changes from account_factor_change where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/**
	 * Notes a change to the account's second factors: every other session of the account
	 * ends at its next request. When {@code request} is a session of the same account
	 * (the person changing their own), that session stays signed in.
	 * @param request the request making the change, or null
	 */
	public void changed(long accountId, HttpServletRequest request) {
		long changes = this.jdbc.sql("""
				insert into account_factor_change (account_id, changes) values (?, 1)
				on conflict (account_id) do update set changes = account_factor_change.changes + 1
				returning changes
				""").param(accountId).query(Long.class).single();
		log.info("Second factors of account {} changed; its other sessions end", accountId);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (request != null && authentication != null && authentication.getPrincipal() instanceof KeyworkUser user
				&& user.getId() == accountId) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.setAttribute(ATTRIBUTE, changes);
			}
		}
	}

}
