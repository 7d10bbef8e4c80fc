package org.keywork.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The turns pages take to be served, in the order they arrived: as many at once as the
 * pool has database connections (a page holds one for its whole request, see
 * {@link PageTransactionFilter}). The rest wait here, each for the ones ahead of it only.
 * They used to wait inside the pool, which does not keep their order: a request arriving
 * just as a connection came back took it ahead of those waiting, and on a busy machine
 * some waited many times as long as the rest (ADR 029).
 */
final class PageQueue {

	private final Semaphore turns;

	private final int size;

	private final long waitMillis;

	/**
	 * @param size how many pages are served at once
	 * @param waitMillis how long a page waits for its turn before it is told the server
	 * is busy (as long as the pool would have made it wait for a connection)
	 */
	PageQueue(int size, long waitMillis) {
		this.turns = new Semaphore(size, true);
		this.size = size;
		this.waitMillis = waitMillis;
	}

	/**
	 * Waits for a turn, behind every page that asked before: {@code false} if none came
	 * in time.
	 */
	boolean enter() {
		try {
			return this.turns.tryAcquire(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Gives back a turn {@link #enter() entered}. */
	void leave() {
		this.turns.release();
	}

	/** How many pages are served at once. */
	int size() {
		return this.size;
	}

	/** How many turns are free at this moment. */
	int free() {
		return this.turns.availablePermits();
	}

}
