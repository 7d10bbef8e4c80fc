package org.keywork.passkeys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.keywork.security.EnrolledFactor;
import org.keywork.security.FactorChanges;
import org.keywork.security.SecondFactorReset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * An account's passkeys: listed, renamed and removed by the person (always within their
 * own: a passkey of another account is not found), and all removed when an administrator
 * resets the account's second factors.
 */
@Service
public class Passkeys implements EnrolledFactor {

	private static final Logger log = LoggerFactory.getLogger(Passkeys.class);

	private final JdbcClient jdbc;

	private final FactorChanges changes;

	Passkeys(JdbcClient jdbc, FactorChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/** Whether the account has a passkey (so the second-factor gate asks for one). */
	@Override
	public boolean enrolled(long accountId) {
		return this.jdbc.sql("""
				select exists (select 1 from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				               join account a on lower(a.username) = lower(u.name) where a.id = ?)
				""").param(accountId).query(Boolean.class).single();
	}

	/**
	 * The request being served on this thread, if any (to keep its own session signed
	 * in).
	 */
	static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	/** The account's passkeys, oldest first. */
	List<Passkey> list(String username) {
		return this.jdbc.sql("""
				select c.credential_id, c.label, c.created, c.last_used
				from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				where lower(u.name) = lower(?)
				order by c.created, c.credential_id
				""").param(username).query(Passkeys::passkey).list();
	}

	/**
	 * Renames one of the account's passkeys; false if the account has no such passkey.
	 */
	@Transactional
	boolean rename(String username, String credentialId, String label) {
		return this.jdbc
			.sql("""
					update user_credentials set label = ?
					where credential_id = ? and user_entity_user_id in (select id from user_entities where lower(name) = lower(?))
					""")
			.params(label, credentialId, username)
			.update() == 1;
	}

	/**
	 * Removes one of the account's passkeys; false if the account has no such passkey.
	 */
	@Transactional
	boolean remove(String username, String credentialId) {
		boolean removed = this.jdbc
			.sql("""
					delete from user_credentials
					where credential_id = ? and user_entity_user_id in (select id from user_entities where lower(name) = lower(?))
					""")
			.params(credentialId, username)
			.update() == 1;
		if (removed) {
			log.info("Passkey removed");
			// the account's other open sessions end at their next request (ADR 017)
			this.jdbc.sql("select id from account where lower(username) = lower(?)")
				.param(username)
				.query(Long.class)
				.optional()
				.ifPresent(accountId -> this.changes.changed(accountId, currentRequest()));
		}
		return removed;
	}

	/**
	 * Removes every passkey of an account (and its handle, so the authenticators'
	 * leftovers match nothing): for an administrator's reset of the account's second
	 * factors, e.g. after a lost device.
	 * @return how many passkeys were removed
	 */
	@Transactional
	public int removeAllPasskeys(long accountId) {
		int removed = this.jdbc
			.sql("""
					delete from user_credentials
					where user_entity_user_id in (select u.id from user_entities u join account a on lower(a.username) = lower(u.name)
					                              where a.id = ?)
					""")
			.param(accountId)
			.update();
		this.jdbc.sql("""
				delete from user_entities
				where lower(name) = (select lower(username) from account where id = ?)
				""").param(accountId).update();
		log.info("All {} passkeys of account {} removed", removed, accountId);
		if (removed > 0) {
			this.changes.changed(accountId, null);
		}
		return removed;
	}

	/** An administrator removed the account's second factors: its passkeys go too. */
	@EventListener
	void onSecondFactorReset(SecondFactorReset reset) {
		removeAllPasskeys(reset.accountId());
	}

	private static Passkey passkey(ResultSet rs, int row) throws SQLException {
		Instant created = instant(rs.getTimestamp("created"));
		Instant lastUsed = instant(rs.getTimestamp("last_used"));
		// a new passkey's last use is its creation (Spring Security writes both): not
		// used
		// yet
		return new Passkey(rs.getString("credential_id"), rs.getString("label"), created,
				(lastUsed == null || lastUsed.equals(created)) ? null : lastUsed);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
