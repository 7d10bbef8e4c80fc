package org.keywork.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets requests in to the application in the order they arrived, a fixed number at a time
 * (as many as the pool has database connections), and the rest wait their turn. A page
 * holds a pooled connection for the whole of its request ({@link PageTransactionFilter}),
 * so no more than that many were ever served at once; but the requests beyond it waited
 * in the pool, which does not keep their order: a request arriving just as a connection
 * came back took it ahead of those waiting, and when the machine was busy some waited
 * many times as long as the rest (at 50 users, a p50 of about 100 ms and a p99 of about
 * 900 ms for the person page). Waiting here, in a fair queue, each waits for the ones
 * ahead of it only. Static resources go straight through: they need no connection.
 * <p>
 * A request that has waited as long as the pool would have made it wait for a connection
 * is answered 503 (Keywork is busy: try again in a few seconds), as it would otherwise
 * have failed there, with a 500.
 */
class RequestQueueFilter extends OncePerRequestFilter {

	private final Semaphore turns;

	private final int concurrent;

	private final long waitMillis;

	RequestQueueFilter(int concurrent, long waitMillis) {
		this.turns = new Semaphore(concurrent, true);
		this.concurrent = concurrent;
		this.waitMillis = waitMillis;
	}

	/** How many requests are let in at once. */
	int concurrent() {
		return this.concurrent;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return StaticRequests.isStatic(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.turns.tryAcquire(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			response.setHeader("Retry-After", "5");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.turns.release();
		}
	}

}
