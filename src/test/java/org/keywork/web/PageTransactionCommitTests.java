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
 * is refused as forged. See ADR 017, last addendum.
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

	private void run(Client client, FilterChain page) throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		new PageTransactionFilter(this.transactions).doFilter(request, client, page);
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

		@Override
		public void setCommitted(boolean committed) {
			if (committed && !isCommitted()) {
				this.sessionVisibleWhenSent.add(sessionVisibleElsewhere());
			}
			super.setCommitted(committed);
		}

	}

}
