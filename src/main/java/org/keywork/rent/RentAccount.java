package org.keywork.rent;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.housing.CurrentRent;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rent account. Who sees it: staff of the person's team and the person (all of
 * it: ADR 014); peers never. Staff who may change the person's records
 * ({@link AccessPolicy#canEdit}) enter charges and payments by hand and cancel a hand
 * entry made in error (with a reason, under optimistic locking); imports are
 * {@link RentImports}. The list is paginated in the database with the running balance
 * computed there (a window over the person's entries).
 */
@Service
@Transactional(readOnly = true)
public class RentAccount {

	static final int PAGE_SIZE = 25;

	private static final Logger log = LoggerFactory.getLogger(RentAccount.class);

	/**
	 * An entry's effect on the balance: charges add, payments take, cancelled nothing.
	 */
	static final String SIGNED = """
			case when e.cancelled_at is not null then 0 when e.kind = 'CHARGE' then e.amount else -e.amount end""";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final CurrentRent rents;

	private final Clock clock;

	private final Dates dates;

	private final Batches batches;

	RentAccount(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, CurrentRent rents, Clock clock,
			Dates dates, Batches batches) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.policy = policy;
		this.people = people;
		this.rents = rents;
		this.clock = clock;
		this.dates = dates;
	}

	/** May this account see the person's rent account at all? Never a peer. */
	boolean canSee(KeyworkUser user, ServiceUser person) {
		return this.policy.canReadHome(user, person);
	}

	boolean canChange(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person);
	}

	/** The person, if the account may see their rent account (404 otherwise). */
	ServiceUser readable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!canSee(user, person)) {
			throw new NotFoundException("Rent account", personId);
		}
		return person;
	}

	/** The person, if the account may change their rent account (404 / 403). */
	ServiceUser changeable(KeyworkUser user, Long personId) {
		ServiceUser person = readable(user, personId);
		check(user, person);
		return person;
	}

	LocalDate today() {
		return this.dates.today();
	}

	/** The balance now and the weekly rent of the current tenancy (two queries). */
	Balance balance(KeyworkUser user, ServiceUser person) {
		return balance(user, person, this.batches.start()).get();
	}

	/**
	 * The balance now and the weekly rent of the current tenancy: two queries, read with
	 * the rest of the batch.
	 */
	Later<Balance> balance(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!canSee(user, person)) {
			throw new NotFoundException("Rent account", person.getId());
		}
		// the person reads arrears in weeks of a tenancy shared with them only
		Later<java.util.Optional<CurrentRent.Rent>> rent = this.rents.forPerson(person.getId(),
				this.policy.isThePerson(user, person), batch);
		// the balance today (as the early warning reckons it): an entry dated later is
		// listed but not yet owed or paid
		Later<java.util.Optional<Balance>> balance = batch
			.sql("select coalesce(sum(case when e.entry_date <= :today then " + SIGNED + " else 0 end), 0), count(*)"
					+ " from rent_entry e where e.service_user_id = :person")
			.param("person", person.getId())
			.param("today", this.dates.today())
			.optional((rs, i) -> new Balance(rs.getBigDecimal(1).setScale(2), null, rs.getLong(2)));
		return Later.from(() -> {
			Balance sum = balance.get().orElseThrow();
			BigDecimal weekly = rent.get().map(CurrentRent.Rent::weekly).orElse(null);
			return new Balance(sum.balance(), weekly, sum.entries());
		});
	}

	/** The current tenancy's rent terms, if any. */
	CurrentRent.Rent rent(ServiceUser person) {
		return this.rents.forPeople(List.of(person.getId())).get(person.getId());
	}

	/** {@link #rent(ServiceUser)}, its query registered in {@code batch}. */
	Later<CurrentRent.Rent> rent(ServiceUser person, Batch batch) {
		return this.rents.forPerson(person.getId(), false, batch).map(rent -> rent.orElse(null));
	}

	/**
	 * A page of entries, newest first, each with the balance after it (one query; the
	 * total is {@code balance.entries()}).
	 */
	Page<RentEntry> entries(KeyworkUser user, ServiceUser person, int page, long total) {
		return entries(user, person, page, Later.of(total), this.batches.start()).get();
	}

	/**
	 * {@link #entries(KeyworkUser, ServiceUser, int, long)}, its query registered in
	 * {@code batch}; the total is read when the page is ({@code balance.entries()} of the
	 * same batch).
	 */
	Later<Page<RentEntry>> entries(KeyworkUser user, ServiceUser person, int page, Later<Long> total, Batch batch) {
		if (!canSee(user, person)) {
			throw new NotFoundException("Rent account", person.getId());
		}
		int number = Math.max(0, page);
		Later<List<RentEntry>> rows = batch
			.sql("""
					select * from (
					  select e.id, e.entry_date, e.kind, e.amount, e.description, e.reference, e.source, e.import_id,
					    e.cancelled_at, e.cancel_reason, e.version,
					    sum(%s) over (order by e.entry_date, e.id rows between unbounded preceding and current row) as balance
					  from rent_entry e where e.service_user_id = :person
					) x
					order by entry_date desc, id desc
					limit :size offset :offset
					"""
				.formatted(SIGNED))
			.param("person", person.getId())
			.param("size", PAGE_SIZE)
			.param("offset", (long) number * PAGE_SIZE)
			.query((rs, i) -> row(rs));
		return rows.map(list -> new PageImpl<>(list, PageRequest.of(number, PAGE_SIZE), total.get()));
	}

	/** One entry of the person's account (404 otherwise). */
	RentEntry entry(KeyworkUser user, ServiceUser person, Long entryId) {
		if (!canSee(user, person)) {
			throw new NotFoundException("Rent entry", entryId);
		}
		return this.jdbc.sql("""
				select e.id, e.entry_date, e.kind, e.amount, e.description, e.reference, e.source, e.import_id,
				  e.cancelled_at, e.cancel_reason, e.version, null as balance
				from rent_entry e where e.id = :id and e.service_user_id = :person
				""")
			.param("id", entryId)
			.param("person", person.getId())
			.query((rs, i) -> row(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Rent entry", entryId));
	}

	/** Enters a charge or a payment by hand. */
	@Transactional
	Long add(KeyworkUser user, ServiceUser person, EntryForm form) {
		check(user, person);
		Long id = this.jdbc.sql("""
				insert into rent_entry (service_user_id, entry_date, kind, amount, description, reference, source,
				  created_at, created_by)
				values (:person, :date, :kind, :amount, :description, :reference, 'HAND', :now, :by)
				returning id
				""")
			.param("person", person.getId())
			.param("date", form.getDate())
			.param("kind", form.getKind().name())
			.param("amount", form.getAmount())
			.param("description", form.getDescription().strip())
			.param("reference", blankToNull(form.getReference()))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.query(Long.class)
			.single();
		log.info("Rent entry {} added for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * Cancels a hand entry made in error: it stays on the account, struck out, with why.
	 * @throws StaleEntryException if it changed since {@code version} was read
	 */
	@Transactional
	void cancel(KeyworkUser user, ServiceUser person, Long entryId, long version, String reason) {
		check(user, person);
		RentEntry entry = entry(user, person, entryId);
		if (!entry.isCancellable()) {
			throw new StaleEntryException(entryId);
		}
		int changed = this.jdbc.sql("""
				update rent_entry set cancelled_at = :now, cancelled_by = :by, cancel_reason = :reason,
				  version = version + 1
				where id = :id and service_user_id = :person and version = :version and source = 'HAND'
				  and cancelled_at is null
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("reason", reason.strip())
			.param("id", entryId)
			.param("person", person.getId())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleEntryException(entryId);
		}
		log.info("Rent entry {} of service user {} cancelled by account {}", entryId, person.getId(), user.getId());
	}

	private void check(KeyworkUser user, ServiceUser person) {
		if (!canChange(user, person)) {
			throw new AccessDeniedException("Cannot change the rent account of " + person.getId());
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static RentEntry row(ResultSet rs) throws SQLException {
		Timestamp cancelled = rs.getTimestamp("cancelled_at");
		long importId = rs.getLong("import_id");
		Long importOf = rs.wasNull() ? null : importId;
		BigDecimal balance = rs.getBigDecimal("balance");
		return new RentEntry(rs.getLong("id"), rs.getObject("entry_date", LocalDate.class),
				RentEntry.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), rs.getString("description"),
				rs.getString("reference"), RentEntry.Source.valueOf(rs.getString("source")), importOf,
				cancelled == null ? null : cancelled.toInstant(), rs.getString("cancel_reason"), rs.getLong("version"),
				balance == null ? null : balance.setScale(2));
	}

	/** The entry was cancelled or changed since it was read. */
	static class StaleEntryException extends RuntimeException {

		StaleEntryException(Long entryId) {
			super("Rent entry " + entryId + " changed since it was read");
		}

	}

}
