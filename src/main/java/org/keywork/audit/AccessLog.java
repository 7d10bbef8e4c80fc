package org.keywork.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.web.Dates;
import org.keywork.web.PageTransaction;
import org.keywork.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the access log. Writing is one insert per response, one row per person
 * shown (ADR 020); the team is the person's team when the account belongs to it (how
 * staff reach a record), otherwise the account's first team (a peer's team), found inside
 * the same statement.
 */
@Service
@Transactional(readOnly = true)
public class AccessLog {

	public static final int PAGE_SIZE = 50;

	private static final String INSERT = """
			insert into access_log (account_id, role, team_id, service_user_id, page, occurred_at)
			select ?, ?, (select at.team_id from account_team at where at.account_id = ?
			              order by (at.team_id = su.team_id) desc, at.team_id limit 1),
			       su.id, ?, ?
			from service_user su where su.id = any(?) order by su.id""";

	/**
	 * Three statements in one: the driver sends them together and PostgreSQL answers once
	 * (a separate {@code Connection.setSavepoint} and {@code releaseSavepoint} were two
	 * more round trips on every page that shows a person; docs/performance.md, fourteenth
	 * session). If the insert fails, PostgreSQL skips the release and the savepoint is
	 * still there to roll back to.
	 */
	private static final String INSERT_BEHIND_A_SAVEPOINT = "savepoint access_log;\n" + INSERT
			+ ";\nrelease savepoint access_log";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Dates dates;

	private final TransactionTemplate alone;

	private final Batches batches;

	AccessLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, Dates dates, Batches batches) {
		this.batches = batches;
		this.alone = new TransactionTemplate(transactions);
		this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
		this.clock = clock;
		this.dates = dates;
	}

	/**
	 * Records that the account opened a page of the person's record: see
	 * {@link #recordAll}.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(KeyworkUser user, Long personId, String page) {
		recordAll(user, List.of(personId), page);
	}

	/**
	 * Records that the account was shown the people's data on one page: one row per
	 * person, written in one statement whatever the number of people (a list page shows
	 * many). Ids that name no person are skipped. Inside the page's own transaction when
	 * there is one (every GET, web.PageTransactionFilter), behind a savepoint: a
	 * transaction of its own would hold a second pooled connection while the page's is
	 * open (ten pages at once could then wait on each other for the pool), and the
	 * savepoint lets a failed write fail the page (the error page, never the data)
	 * without leaving the page's transaction unusable for the session's own update.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(KeyworkUser user, Collection<Long> personIds, String page) {
		if (personIds.isEmpty()) {
			return;
		}
		if (PageTransaction.willRollBack()) {
			// the page's own work will be undone (something it asked for failed and was
			// caught), yet it shows what it shows: its log rows are committed on their
			// own
			this.alone.executeWithoutResult(status -> insert(user, personIds, page));
			return;
		}
		// a savepoint by hand (the JPA transaction manager offers no nested
		// transactions), set, used and released in the insert's own round trip
		try {
			this.jdbc.sql(INSERT_BEHIND_A_SAVEPOINT).params(insertParams(user, personIds, page)).update();
		}
		catch (RuntimeException failure) {
			rollBackToTheSavepoint();
			throw failure;
		}
	}

	/**
	 * Undoes a failed insert behind its savepoint, so that the page's transaction stays
	 * usable. If the savepoint itself was never set (the connection failed), this fails
	 * too, and the insert's failure is the one that matters.
	 */
	private void rollBackToTheSavepoint() {
		try {
			this.jdbc.sql("rollback to savepoint access_log; release savepoint access_log").update();
		}
		catch (RuntimeException ignored) {
			// the insert's failure is reported instead
		}
	}

	private void insert(KeyworkUser user, Collection<Long> personIds, String page) {
		this.jdbc.sql(INSERT).params(insertParams(user, personIds, page)).update();
	}

	private Object[] insertParams(KeyworkUser user, Collection<Long> personIds, String page) {
		return new Object[] { user.getId(), user.getRole().name(), user.getId(), page,
				Timestamp.from(this.clock.instant()), personIds.toArray(Long[]::new) };
	}

	/**
	 * Deletes up to {@code batch} of the oldest rows written before {@code before}, in
	 * their own transaction, and says how many went.
	 */
	@Transactional
	public int deleteOlderThan(Instant before, int batch) {
		// the ids as an array (an InitPlan), so that the rows go by primary key whatever
		// the
		// planner guesses of the cut-off and batch size: with one plan per prepared
		// statement
		// (ADR 023), "id in (select ...)" was a hash join over every row of the log, 2.5
		// s
		// per batch of 1,000 at national scale
		return this.jdbc.sql("""
				delete from access_log where id = any(array(
				  select id from access_log where occurred_at < ? order by occurred_at, id limit ?))
				""").params(Timestamp.from(before), batch).update();
	}

	/**
	 * Who opened the person's pages, newest first, with account and team names (for
	 * managers).
	 */
	public Page<Entry> forPerson(Long personId, int page) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		// the count and the page, in one statement
		Batch batch = this.batches.start();
		Later<List<Long>> total = batch.sql("select count(*) from access_log where service_user_id = ?")
			.param(personId)
			.column(Long.class);
		Later<List<Entry>> entries = batch.sql("""
				select l.occurred_at, a.display_name, l.role, t.name as team_name, l.page
				from access_log l
				left join account a on a.id = l.account_id
				left join team t on t.id = l.team_id
				where l.service_user_id = ?
				order by l.occurred_at desc, l.id desc
				limit ? offset ?
				""")
			.params(personId, request.getPageSize(), request.getOffset())
			.query((rs, i) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("display_name"),
					rs.getString("role"), rs.getString("team_name"), rs.getString("page")));
		return new PageImpl<>(entries.get(), request, total.get().get(0));
	}

	/**
	 * What the person sees: which staff roles and teams opened their record, by day,
	 * newest first; no staff names and not their own visits. Days are in the service's
	 * time zone. The count and the page go in one statement; both can be answered by an
	 * index-only scan of the index on the person (V129: role and team are in it), and the
	 * rows are counted by team id before the team is named, so a person with years of
	 * openings is counted from the index rather than row by row from the table.
	 */
	public Page<DaySummary> summaryForPerson(Long personId, int page) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		String zone = this.dates.zone().getId();
		// the count and the page, in one statement
		Batch batch = this.batches.start();
		Later<List<Long>> total = batch.sql("""
				select count(*) from (
				  select 1 from access_log l
				  where l.service_user_id = ? and l.role <> 'SERVICE_USER'
				  group by (l.occurred_at at time zone ?)::date, l.role, l.team_id
				) g
				""").params(personId, zone).column(Long.class);
		Later<List<DaySummary>> rows = batch.sql("""
				select g.day, g.role, t.name as team_name, g.views from (
				  select (l.occurred_at at time zone ?)::date as day, l.role, l.team_id, count(*) as views
				  from access_log l
				  where l.service_user_id = ? and l.role <> 'SERVICE_USER'
				  group by day, l.role, l.team_id
				) g left join team t on t.id = g.team_id
				order by g.day desc, g.role, t.name
				limit ? offset ?
				""")
			.params(zone, personId, request.getPageSize(), request.getOffset())
			.query((rs, i) -> new DaySummary(rs.getDate("day").toLocalDate(), rs.getString("role"),
					rs.getString("team_name"), rs.getLong("views")));
		return new PageImpl<>(rows.get(), request, total.get().get(0));
	}

	/**
	 * One opening of a page. {@code page} is the route pattern, e.g.
	 * {@code /service-users/{id}/action-plan}.
	 */
	public record Entry(Instant at, String accountName, String role, String teamName, String page) {

		/**
		 * The message key of the page's name as a manager would say it ("Contact notes",
		 * "Case callover"), or null for a page without one (the route pattern is then
		 * shown alone). The part of a person's record is named by the path's first part
		 * after the person ({@code /service-users/{id}/contact-notes/...} is the contact
		 * notes); a page of several people by where it is.
		 */
		public String pageKey() {
			String person = "/service-users/{id}";
			if (this.page.equals(person)) {
				return "accessLog.page.person";
			}
			if (this.page.startsWith(person + "/")) {
				String rest = this.page.substring(person.length() + 1);
				int end = rest.indexOf('/');
				return "accessLog.page.record." + ((end < 0) ? rest : rest.substring(0, end));
			}
			for (String list : LISTS) {
				if (this.page.equals(list) || this.page.startsWith(list + "/")) {
					return "accessLog.page.list" + list.replace('/', '.');
				}
			}
			return null;
		}

		/** Pages that show several people, most particular first. */
		private static final List<String> LISTS = List.of("/service-users", "/caseload", "/team/callovers",
				"/team/callover", "/team", "/my-people", "/my-support", "/groups");

	}

	/** How many pages staff in one role and team opened on one day. */
	public record DaySummary(LocalDate day, String role, String teamName, long views) {
	}

}
