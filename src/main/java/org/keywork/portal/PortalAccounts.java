package org.keywork.portal;

import java.io.Serial;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.LoginThrottle;
import org.keywork.security.Role;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.staff.Account;
import org.keywork.staff.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private final Clock clock;

	PortalAccounts(ServiceUserService people, AccessPolicy policy, AccountRepository accounts, JdbcClient jdbc,
			PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
		this.people = people;
		this.policy = policy;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.throttle = throttle;
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
	IssuedCode issue(KeyworkUser user, Long personId) {
		ServiceUser person = manageable(user, personId);
		Account account = accountOf(person).orElseGet(() -> create(user, person));
		revokeOpenCodes(account.getId());
		String code = ActivationCodes.generate();
		Instant expires = now().plus(CODE_VALIDITY);
		this.jdbc.sql("""
				insert into activation_code (account_id, code_hash, created_at, expires_at, created_by)
				values (?, ?, ?, ?, ?)
				""")
			.params(account.getId(), this.encoder.encode(code), Timestamp.from(now()), Timestamp.from(expires),
					user.getId())
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
	 * and in date. Every way of failing looks the same to the caller.
	 */
	@Transactional(noRollbackFor = ActivationFailedException.class)
	void activate(String username, String typedCode, String newPassword) {
		String key = "activate:" + (username == null ? "" : username.trim());
		if (this.throttle.isLocked(key)) {
			throw new ActivationFailedException(true);
		}
		String code = ActivationCodes.normalise(typedCode);
		Optional<Account> found = this.accounts.findByUsernameIgnoreCase(username == null ? "" : username.trim())
			.filter(a -> a.getRole() == Role.SERVICE_USER);
		Optional<Long> codeId = found.flatMap(account -> matchingCode(account.getId(), code));
		if (codeId.isEmpty()) {
			boolean locked = this.throttle.recordFailure(key);
			log.info("Failed activation{}", locked ? " (now locked)" : "");
			throw new ActivationFailedException(locked);
		}
		Account account = found.get();
		this.jdbc.sql("update activation_code set used_at = ? where id = ?")
			.params(Timestamp.from(now()), codeId.get())
			.update();
		revokeOpenCodes(account.getId());
		account.changePassword(this.encoder.encode(newPassword), false);
		account.setEnabled(true);
		this.accounts.save(account);
		this.throttle.recordSuccess(key);
		this.throttle.unlock(account.getUsername());
		log.info("Portal account {} activated", account.getId());
	}

	private Optional<Long> matchingCode(Long accountId, String code) {
		if (code.length() != ActivationCodes.LENGTH) {
			return Optional.empty();
		}
		List<CodeRow> open = this.jdbc.sql("""
				select id, code_hash from activation_code
				where account_id = ? and used_at is null and revoked_at is null and expires_at > ?
				order by created_at desc
				""")
			.params(accountId, Timestamp.from(now()))
			.query((rs, i) -> new CodeRow(rs.getLong("id"), rs.getString("code_hash")))
			.list();
		return open.stream().filter(row -> this.encoder.matches(code, row.hash())).map(CodeRow::id).findFirst();
	}

	private Account create(KeyworkUser user, ServiceUser person) {
		Account account = new Account(newUsername(person), person.getKnownAs(),
				this.encoder.encode(UUID.randomUUID().toString()), Role.SERVICE_USER);
		account.setServiceUserId(person.getId());
		account.setEnabled(false);
		this.accounts.saveAndFlush(account);
		log.info("Portal account {} created for service user {} by account {}", account.getId(), person.getId(),
				user.getId());
		return account;
	}

	/**
	 * A username the person can remember: their first name and the number of their
	 * reference, e.g. jamie1001.
	 */
	private String newUsername(ServiceUser person) {
		String first = person.getKnownAs().trim().split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (first.isEmpty() || first.length() > 20) {
			first = first.isEmpty() ? "person" : first.substring(0, 20);
		}
		String number = person.getReference().replaceAll("\\D", "").replaceFirst("^0+(?=\\d)", "");
		String base = first + number;
		String candidate = base;
		for (int n = 2; this.accounts.existsByUsernameIgnoreCase(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
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
