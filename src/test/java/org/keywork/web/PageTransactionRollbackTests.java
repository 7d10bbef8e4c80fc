package org.keywork.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.audit.AccessLog;
import org.keywork.security.KeyworkUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page whose transaction will be rolled back (something it asked for failed and was
 * caught) still showed what it showed, so its access-log rows must outlive the rollback;
 * a page that commits keeps them in its own transaction.
 */
@KeyworkTest
class PageTransactionRollbackTests {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AccessLog accessLog;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	void aPageMarkedForRollbackStillLeavesItsAccessLogRows() {
		long person = this.ids.personOf("serviceuser");
		String page = "/test/rolled-back-" + System.nanoTime();
		openPage(person, page, true);
		assertThat(logged(person, page)).isEqualTo(1);
	}

	@Test
	void aPageRolledBackWithoutBeingMarkedLosesItsRowsWithIt() {
		long person = this.ids.personOf("serviceuser");
		String page = "/test/joined-" + System.nanoTime();
		openPage(person, page, false);
		assertThat(logged(person, page)).as("joined the page's transaction, so rolled back with it").isZero();
	}

	/**
	 * The insert goes behind a savepoint set and released in the same round trip: when it
	 * fails (here a page name longer than the column), the page fails (its transaction is
	 * marked to roll back), yet the transaction is still usable for what comes after (the
	 * error page, the session's own update), what it wrote before still there. Without
	 * the savepoint PostgreSQL refuses every statement after the failure.
	 */
	@Test
	void aFailedLogWriteFailsThePageButLeavesItsTransactionUsable() {
		long person = this.ids.personOf("serviceuser");
		String page = "/test/before-failure-" + System.nanoTime();
		KeyworkUser worker = (KeyworkUser) this.users.loadUserByUsername("worker");
		TransactionStatus status = this.transactions.getTransaction(new DefaultTransactionDefinition());
		PageTransaction.begin(status);
		try {
			this.accessLog.recordAll(worker, List.of(person), page);
			assertThatThrownBy(() -> this.accessLog.recordAll(worker, List.of(person), "/" + "x".repeat(250)))
				.isInstanceOf(DataAccessException.class);
			assertThat(status.isRollbackOnly()).as("the page fails").isTrue();
			assertThat(logged(person, page)).as("usable after the failure, the earlier row kept").isEqualTo(1);
		}
		finally {
			PageTransaction.end();
			this.transactions.rollback(status);
		}
		assertThat(logged(person, page)).as("rolled back with the failed page").isZero();
	}

	/**
	 * What {@link PageTransactionFilter} does around a page: a transaction known to
	 * {@link PageTransaction}, the log written inside it, then the end of the page (here
	 * a rollback either way, to show which rows outlive it).
	 */
	private void openPage(long person, String page, boolean markedForRollback) {
		KeyworkUser worker = (KeyworkUser) this.users.loadUserByUsername("worker");
		TransactionStatus status = this.transactions.getTransaction(new DefaultTransactionDefinition());
		PageTransaction.begin(status);
		try {
			if (markedForRollback) {
				status.setRollbackOnly();
			}
			this.accessLog.recordAll(worker, List.of(person), page);
		}
		finally {
			PageTransaction.end();
			this.transactions.rollback(status);
		}
	}

	private long logged(long person, String page) {
		return this.jdbc.sql("select count(*) from access_log where service_user_id = ? and page = ?")
			.params(person, page)
			.query(Long.class)
			.single();
	}

}
