package org.keywork.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs the whole of a page request (a GET or HEAD, static resources aside) in one
 * database transaction, so a page costs one transaction however many services it asks:
 * Spring Session's read and update of the session row (its repository joins this
 * transaction, see {@link PageTransactions}), the account check, the access policy's
 * look-ups, every service's reads (their {@code @Transactional} methods take part in this
 * one) and the access-log entry. Registered before Spring Session's filter, so the
 * session's statements are inside it.
 * <p>
 * The transaction is read-write: the session row is updated at every request, and a few
 * pages record something when they are opened. It commits when the request has been
 * answered; if anything marked it for rollback (an exception thrown through a
 * transactional method, for instance the "not found" of a person out of reach), it is
 * rolled back instead, quietly: the page has already been rendered. POSTs keep the
 * transactions of the services they call (each form's own), unchanged. See
 * docs/performance.md, "Statements per page".
 * <p>
 * The page is held back until the transaction has committed: the response is buffered
 * (flushes do not reach the client) and copied out after the commit. Otherwise the client
 * could read a page before what the page saved is visible to other connections: a new
 * session's row, saved when Thymeleaf flushes, with the CSRF token that the page's form
 * carries, so a quick POST of that form was refused as forged (ADR 017 addendum).
 * <p>
 * A page takes its turn in the {@link PageQueue} before it takes its connection, and
 * gives it back once its transaction has ended, before the page is copied out to a client
 * that may read it slowly. One that gets no turn in time is answered 503 (Keywork is
 * busy), opening no transaction (ADR 029).
 */
class PageTransactionFilter extends OncePerRequestFilter {

	private final PlatformTransactionManager transactions;

	private final PageQueue queue;

	PageTransactionFilter(PlatformTransactionManager transactions, PageQueue queue) {
		this.transactions = transactions;
		this.queue = queue;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		return StaticResourceUrlEncodingFilter.isStaticResource(uri, contextPath)
				|| uri.equals(contextPath + "/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.queue.enter()) {
			response.setHeader("Retry-After", "5");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		try {
			inTransaction(request, held, chain);
		}
		finally {
			this.queue.leave();
		}
		held.copyBodyToResponse();
	}

	private void inTransaction(HttpServletRequest request, ContentCachingResponseWrapper held, FilterChain chain)
			throws ServletException, IOException {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setName("page " + request.getMethod());
		TransactionStatus status = this.transactions.getTransaction(definition);
		PageSessionCache.open();
		PageTransaction.begin(status);
		try {
			chain.doFilter(request, held);
		}
		catch (IOException | ServletException | RuntimeException | Error failure) {
			PageSessionCache.close();
			PageTransaction.end();
			this.transactions.rollback(status);
			throw failure;
		}
		PageSessionCache.close();
		PageTransaction.end();
		if (status.isRollbackOnly()) {
			this.transactions.rollback(status);
		}
		else {
			this.transactions.commit(status);
		}
	}

}
