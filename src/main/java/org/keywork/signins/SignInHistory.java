package org.keywork.signins;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.keywork.security.SignInDevice;
import org.keywork.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the sign-in history. Events for a typed username are written by one
 * statement that finds the account inside it, so an unknown username costs the same
 * statement as a known one and leaves no row (ADR 004): nothing is kept for a username no
 * account has, and never a password.
 */
@Service
@Transactional(readOnly = true)
public class SignInHistory {

	public static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The outcomes recorded. */
	public enum Outcome {

		SUCCESS, FAILURE, LOCKED_OUT, SECOND_FACTOR, SECOND_FACTOR_RESET

	}

	/**
	 * Records an event for the account with this username, if there is one; the same
	 * single statement either way.
	 */
	@Transactional
	public void recordForUsername(String username, Outcome outcome) {
		this.jdbc.sql("""
				insert into sign_in_event (account_id, occurred_at, outcome, device)
				select a.id, ?, ?, ? from account a where lower(a.username) = ?
				""").params(now(), outcome.name(), device(), key(username)).update();
	}

	/** Records an event for an account known by id. */
	@Transactional
	public void record(long accountId, Outcome outcome, String factor, Long byAccountId) {
		this.jdbc.sql("""
				insert into sign_in_event (account_id, occurred_at, outcome, factor, device, by_account_id)
				values (?, ?, ?, ?, ?, ?)
				""").params(accountId, now(), outcome.name(), factor, device(), byAccountId).update();
	}

	/** The account's history, newest first. */
	public Page<Event> forAccount(long accountId, int page) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		long total = this.jdbc.sql("select count(*) from sign_in_event where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
		List<Event> events = this.jdbc.sql("""
				select e.occurred_at, e.outcome, e.factor, e.device, b.display_name as by_name
				from sign_in_event e left join account b on b.id = e.by_account_id
				where e.account_id = ?
				order by e.occurred_at desc, e.id desc
				limit ? offset ?
				""")
			.params(accountId, request.getPageSize(), request.getOffset())
			.query((rs, i) -> new Event(rs.getTimestamp("occurred_at").toInstant(),
					Outcome.valueOf(rs.getString("outcome")), rs.getString("factor"), rs.getString("device"),
					rs.getString("by_name")))
			.list();
		return new PageImpl<>(events, request, total);
	}

	/**
	 * The display name and username of a staff account, for the administrators' page; a
	 * service user's portal account is not the administrators' to see (ADR 006), so it is
	 * not found, like a missing one.
	 */
	public Optional<AccountName> account(long accountId) {
		return this.jdbc.sql("select id, display_name, username from account where id = ? and role <> 'SERVICE_USER'")
			.param(accountId)
			.query((rs, i) -> new AccountName(rs.getLong("id"), rs.getString("display_name"), rs.getString("username")))
			.optional();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	/** The browser and system of the request being answered, if there is one. */
	private static String device() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String summary = SignInDevice.summarise(request.getHeader("User-Agent"));
			return summary.length() > 60 ? summary.substring(0, 60) : summary;
		}
		return null;
	}

	/** The username as accounts are matched: trimmed, lower case, without NULs. */
	private static String key(String username) {
		String key = username == null ? "" : username.replace("\u0000", "").trim().toLowerCase(Locale.ROOT);
		return key.length() > 200 ? key.substring(0, 200) : key;
	}

	/** One recorded event. {@code byName} is the administrator who reset the factors. */
	public record Event(Instant at, Outcome outcome, String factor, String device, String byName) {

		public String browser() {
			return this.device == null ? "" : this.device.substring(0, Math.max(this.device.indexOf('/'), 0));
		}

		public String system() {
			return this.device == null || this.device.indexOf('/') < 0 ? ""
					: this.device.substring(this.device.indexOf('/') + 1);
		}

	}

	/** An account as the administrators' page names it. */
	public record AccountName(long id, String displayName, String username) {
	}

}
