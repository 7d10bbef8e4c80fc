package org.keywork.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page reaches the client only once what it saved is visible to every other connection:
 * a new session's row (with the CSRF token the page's form carries) saved while the page
 * is flushed must be committed before the first byte leaves, or a quick POST of that form
 * is refused as forged. See ADR 017, last addendum. And it takes its turn in the
 * {@link PageQueue} for no longer than its transaction (ADR 029).
 */
@KeyworkTest
class PageTransactionCommitTests {

	private static final String PAGE = "<main><h1>Sign in</h1></main>";

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PageQueue queue;

	/** The queue the filter under test takes its turns from. */
	private PageQueue turns = new PageQueue(1, 1000);

	private final String sessionId = UUID.randomUUID().toString();

	@AfterEach
	void removeTheSession() {
		this.jdbc.sql("delete from spring_session where primary_id = ?").param(this.sessionId).update();
	}

	@Test
	void whatAPageSavedIsCommittedBeforeTheFirstByteLeaves() throws Exception {
		Client client = new Client();
		run(client, (request, response) -> {
			saveSession();
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write(PAGE);
			response.getWriter().flush();
			response.flushBuffer();
		});
		assertThat(client.sessionVisibleWhenSent).as("the session row was committed when the page was sent")
			.containsExactly(true);
		assertThat(client.getContentAsString()).isEqualTo(PAGE);
		assertThat(client.getContentLength()).isEqualTo(PAGE.length());
	}

	@Test
	void aPageRolledBackIsStillSentAndWhatItSavedIsNot() throws Exception {
		Client client = new Client();
		run(client, (request, response) -> {
			saveSession();
			new TransactionTemplate(this.transactions).executeWithoutResult((inner) -> inner.setRollbackOnly());
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write(PAGE);
			response.flushBuffer();
		});
		assertThat(client.sessionVisibleWhenSent).containsExactly(false);
		assertThat(client.getContentAsString()).isEqualTo(PAGE);
	}

	@Test
	void theTurnIsGivenBackBeforeThePageIsSentAndWhenThePageFails() throws Exception {
		this.turns = new PageQueue(1, 100);
		Client client = new Client();
		run(client, (request, response) -> {
			assertThat(this.turns.free()).as("the page holds the only turn").isZero();
			response.getWriter().write(PAGE);
			response.flushBuffer();
		});
		assertThat(client.freeTurnsWhenSent).containsExactly(1);

		try {
			run(new Client(), (request, response) -> {
				throw new IllegalStateException("the page failed");
			});
		}
		catch (IllegalStateException expected) {
			// the page's own failure, passed on
		}
		assertThat(this.turns.free()).isEqualTo(1);
	}

	@Test
	void aPageThatGetsNoTurnInTimeIsToldKeyworkIsBusyAndOpensNoTransaction() throws Exception {
		this.turns = new PageQueue(1, 100);
		assertThat(this.turns.enter()).isTrue();
		List<Boolean> reached = new ArrayList<>();
		Client client = new Client();
		run(client, (request, response) -> reached.add(true));
		assertThat(client.getStatus()).isEqualTo(503);
		assertThat(client.getHeader("Retry-After")).isEqualTo("5");
		assertThat(reached).as("the page was never asked for").isEmpty();
		assertThat(client.sessionVisibleWhenSent).isEmpty();
	}

	@Test
	void staticResourcesAndFormPostsNeitherQueueNorOpenATransaction() {
		PageTransactionFilter filter = new PageTransactionFilter(this.transactions, this.turns);
		assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/css/keywork.css"))).isTrue();
		assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/webjars/x.js"))).isTrue();
		assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/favicon.ico"))).isTrue();
		assertThat(filter.shouldNotFilter(new MockHttpServletRequest("POST", "/service-users/1/contact-notes")))
			.isTrue();
		assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/service-users/1"))).isFalse();
		assertThat(filter.shouldNotFilter(new MockHttpServletRequest("HEAD", "/caseload"))).isFalse();
		// a page whose path only starts like a resource's is still a page
		assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/cssx"))).isFalse();
	}

	@Test
	void theApplicationsQueueHasATurnForEachPooledConnection() throws Exception {
		assertThat(this.queue.size())
			.isEqualTo(this.dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize());
	}

	private void run(Client client, FilterChain page) throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		new PageTransactionFilter(this.transactions, this.turns).doFilter(request, client, page);
	}

	private void saveSession() {
		long now = System.currentTimeMillis();
		this.jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				    max_inactive_interval, expiry_time)
				values (?, ?, ?, ?, 1800, ?)""")
			.params(this.sessionId, this.sessionId, now, now, now + 1_800_000)
			.update();
	}

	/** Asked on a connection of its own, outside the page's transaction. */
	private boolean sessionVisibleElsewhere() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection
					.prepareStatement("select 1 from spring_session where primary_id = ?")) {
			statement.setString(1, this.sessionId);
			try (ResultSet row = statement.executeQuery()) {
				return row.next();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The client's end of the response: notes whether the session was visible when it was
	 * sent.
	 */
	private final class Client extends MockHttpServletResponse {

		final List<Boolean> sessionVisibleWhenSent = new ArrayList<>();

		final List<Integer> freeTurnsWhenSent = new ArrayList<>();

		@Override
		public void setCommitted(boolean committed) {
			if (committed && !isCommitted() && getStatus() != 503) {
				this.sessionVisibleWhenSent.add(sessionVisibleElsewhere());
				this.freeTurnsWhenSent.add(PageTransactionCommitTests.this.turns.free());
			}
			super.setCommitted(committed);
		}

	}

}
