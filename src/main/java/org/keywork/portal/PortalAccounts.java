package org.keywork.portal;

import java.io.Serial;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.LoginThrottle;
import org.keywork.security.PasswordCheck;
import org.keywork.security.Role;
import org.keywork.security.SecondFactorReset;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.staff.Account;
import org.keywork.staff.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Getting a person into the portal. Staff who may edit the person create a SERVICE_USER
 * account (disabled, with an unusable password) and get a one-time activation code to
 * hand over in person; the person sets their own password with it at {@code /activate}.
 * Codes are valid for 7 days, work once, and are stored only as a hash; issuing a new one
 * or deactivating the account revokes the earlier ones. Failed activations count towards
 * a lock exactly like failed sign-ins (5 in a row), under the key
 * {@code activate:<username>}.
 */
@Service
@Transactional(readOnly = true)
class PortalAccounts {

	static final Duration CODE_VALIDITY = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(PortalAccounts.class);

	private final ServiceUserService people;

	private final AccessPolicy policy;

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final PasswordCheck passwordCheck;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PortalAccounts(ServiceUserService people, AccessPolicy policy, AccountRepository accounts, JdbcClient jdbc,
			PasswordEncoder encoder, LoginThrottle throttle, PasswordCheck passwordCheck, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.people = people;
		this.policy = policy;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.throttle = throttle;
		this.passwordCheck = passwordCheck;
		this.clock = clock;
	}

	/**
	 * The person, if this account may manage their portal account: 404 out of reach, 403
	 * if read-only.
	 */
	ServiceUser manageable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!this.policy.canManagePortalAccount(user, person)) {
			throw new AccessDeniedException("Cannot manage the portal account of service user " + personId);
		}
		return person;
	}

	Optional<Status> status(ServiceUser person) {
		return this.jdbc
			.sql("""
					select a.username, a.enabled,
					  (select max(c.expires_at) from activation_code c
					   where c.account_id = a.id and c.used_at is null and c.revoked_at is null and c.expires_at > ?) as code_expires,
					  (select max(c.used_at) from activation_code c where c.account_id = a.id) as activated_at
					from account a where a.service_user_id = ?
					""")
			.params(Timestamp.from(now()), person.getId())
			.query((rs, i) -> new Status(rs.getString("username"), rs.getBoolean("enabled"),
					instant(rs.getTimestamp("code_expires")), instant(rs.getTimestamp("activated_at"))))
			.optional();
	}

	/**
	 * Creates the person's portal account if they have none, and issues a new code
	 * (revoking earlier ones).
	 */
	@Transactional
	IssuedCode issue(KeyworkUser user, Long personId, boolean closeActiveConfirmed) {
		ServiceUser person = manageable(user, personId);
		Account account = accountOf(person).orElseGet(() -> create(user, person));
		boolean closing = account.isEnabled();
		if (closing && !closeActiveConfirmed) {
			throw new CloseNotConfirmedException();
		}
		if (closing) {
			// whoever holds the new code could otherwise sign in as the person while the
			// person still thinks the account is only theirs: the account in use closes
			// now, and its open sessions end at their next request (ActiveAccountFilter)
			account.setEnabled(false);
			this.accounts.saveAndFlush(account);
			log.info("Portal account {} (service user {}) closed by a new activation code from account {}",
					account.getId(), personId, user.getId());
			// and its passkeys go: whoever added one (on a lost or shared phone) must not
			// sign straight back in once the new code is used
			this.events.publishEvent(new SecondFactorReset(account.getId(), user.getId()));
		}
		revokeOpenCodes(account.getId());
		String code = ActivationCodes.generate();
		Instant expires = now().plus(CODE_VALIDITY);
		this.jdbc
			.sql("""
					insert into activation_code (account_id, code_hash, created_at, expires_at, created_by, closed_active_account)
					values (?, ?, ?, ?, ?, ?)
					""")
			.params(account.getId(), this.encoder.encode(code), Timestamp.from(now()), Timestamp.from(expires),
					user.getId(), closing)
			.update();
		log.info("Activation code issued for account {} (service user {}) by account {}", account.getId(), personId,
				user.getId());
		return new IssuedCode(account.getUsername(), ActivationCodes.grouped(code), expires);
	}

	/**
	 * Stops the person signing in and revokes any code not used yet. Their records are
	 * untouched.
	 */
	@Transactional
	void deactivate(KeyworkUser user, Long personId) {
		ServiceUser person = manageable(user, personId);
		this.accountOf(person).ifPresent(account -> {
			account.setEnabled(false);
			this.accounts.save(account);
			revokeOpenCodes(account.getId());
			log.info("Portal account {} (service user {}) deactivated by account {}", account.getId(), personId,
					user.getId());
		});
	}

	/**
	 * Sets the person's password if the code is right for the username, unused, unrevoked
	 * and in date. Every way of failing looks the same to the caller and takes the same
	 * work: one hash comparison (against a dummy hash when the username has no account or
	 * no open code), and a failure counted for the typed username whether or not it
	 * exists (ADR 004).
	 */
	@Transactional(noRollbackFor = ActivationFailedException.class)
	void activate(String username, String typedCode, String newPassword) {
		String typed = username == null ? "" : username.trim();
		String key = "activate:" + typed;
		boolean locked = this.throttle.isLocked(key);
		String code = ActivationCodes.normalise(typedCode);
		Optional<Account> found = typed.indexOf('\u0000') >= 0 ? Optional.empty()
				: this.accounts.findByUsernameIgnoreCase(typed).filter(a -> a.getRole() == Role.SERVICE_USER);
		Optional<CodeRow> open = found.flatMap(account -> newestOpenCode(account.getId()));
		boolean matches = this.passwordCheck.matches(code, open.map(CodeRow::hash).orElse(null));
		if (locked) {
			throw new ActivationFailedException(true);
		}
		if (!matches) {
			boolean nowLocked = this.throttle.recordFailure(key);
			log.info("Failed activation{}", nowLocked ? " (now locked)" : "");
			throw new ActivationFailedException(nowLocked);
		}
		Account account = found.get();
		this.jdbc.sql("update activation_code set used_at = ? where id = ?")
			.params(Timestamp.from(now()), open.get().id())
			.update();
		revokeOpenCodes(account.getId());
		account.changePassword(this.encoder.encode(newPassword), false);
		account.setEnabled(true);
		this.accounts.save(account);
		this.throttle.recordSuccess(key);
		this.throttle.unlock(account.getUsername());
		log.info("Portal account {} activated", account.getId());
	}

	/**
	 * The account's newest code not used, revoked or expired (issuing a code revokes the
	 * earlier ones, so there is at most one).
	 */
	private Optional<CodeRow> newestOpenCode(Long accountId) {
		return this.jdbc.sql("""
				select id, code_hash from activation_code
				where account_id = ? and used_at is null and revoked_at is null and expires_at > ?
				order by created_at desc, id desc
				limit 1
				""")
			.params(accountId, Timestamp.from(now()))
			.query((rs, i) -> new CodeRow(rs.getLong("id"), rs.getString("code_hash")))
			.optional();
	}

	private Account create(KeyworkUser user, ServiceUser person) {
		Account account = new Account(newUsername(), person.getKnownAs(),
				this.encoder.encode(UUID.randomUUID().toString()), Role.SERVICE_USER);
		account.setServiceUserId(person.getId());
		account.setEnabled(false);
		this.accounts.saveAndFlush(account);
		// a count of earlier failures typed against this name does not carry over
		this.throttle.unlock(account.getUsername());
		log.info("Portal account {} created for service user {} by account {}", account.getId(), person.getId(),
				user.getId());
		return account;
	}

	/**
	 * A username nobody can guess from what they know about the person: {@code kw-} and
	 * two groups of four characters from the code alphabet in lower case, e.g.
	 * {@code kw-7fq3-m2xd} (about 40 bits). Never the person's name or reference (ADR
	 * 004).
	 */
	private String newUsername() {
		String candidate;
		do {
			candidate = PortalUsernames.generate();
		}
		while (this.accounts.existsByUsernameIgnoreCase(candidate));
		return candidate;
	}

	/**
	 * When the person's current password was set with a code that closed the account they
	 * had before: the day that code was issued, if it was used within the last
	 * {@code days} days. The person is told on their portal home page (registered in the
	 * page's batch).
	 */
	Later<Optional<Instant>> closedByNewCode(Long accountId, int days, Batch batch) {
		return batch.sql("""
				select created_at, closed_active_account, used_at from activation_code
				where account_id = ? and used_at is not null
				order by used_at desc, id desc limit 1
				""")
			.param(accountId)
			.optional((rs, i) -> new LastActivation(rs.getTimestamp("created_at").toInstant(),
					rs.getBoolean("closed_active_account"), rs.getTimestamp("used_at").toInstant()))
			.map(found -> found
				.filter(last -> last.closedActive() && last.usedAt().isAfter(now().minus(Duration.ofDays(days))))
				.map(LastActivation::issuedAt));
	}

	private Optional<Account> accountOf(ServiceUser person) {
		Long id = this.jdbc.sql("select id from account where service_user_id = ?")
			.param(person.getId())
			.query(Long.class)
			.optional()
			.orElse(null);
		return id == null ? Optional.empty() : this.accounts.findById(id);
	}

	private void revokeOpenCodes(Long accountId) {
		this.jdbc.sql(
				"update activation_code set revoked_at = ? where account_id = ? and used_at is null and revoked_at is null")
			.params(Timestamp.from(now()), accountId)
			.update();
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record CodeRow(long id, String hash) {
	}

	private record LastActivation(Instant issuedAt, boolean closedActive, Instant usedAt) {
	}

	/** The person's portal account as staff see it: never the password, never a code. */
	record Status(String username, boolean enabled, Instant codeExpiresAt, Instant activatedAt) {
	}

	/**
	 * A code just issued: shown once to the member of staff, then only its hash remains.
	 */
	record IssuedCode(String username, String code, Instant expiresAt) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

	/**
	 * A new code for an account in use, without the member of staff confirming that it
	 * closes that account.
	 */
	static class CloseNotConfirmedException extends RuntimeException {

		CloseNotConfirmedException() {
			super("Closing an active portal account needs confirming");
		}

	}

	/**
	 * Wrong username, wrong, used, revoked or expired code, or locked: one answer for
	 * all.
	 */
	static class ActivationFailedException extends RuntimeException {

		private final boolean locked;

		ActivationFailedException(boolean locked) {
			super("Activation failed");
			this.locked = locked;
		}

		boolean isLocked() {
			return this.locked;
		}

	}

}
