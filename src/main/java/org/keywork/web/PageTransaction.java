package org.keywork.web;

import org.springframework.transaction.TransactionStatus;

/**
 * The transaction {@link PageTransactionFilter} runs a page request in, as far as others
 * need to know about it: whether it will be rolled back at the end (something marked it,
 * for instance a "not found" thrown through a transactional method and caught). The
 * access log asks, so that a page whose own work is rolled back is still logged.
 */
public final class PageTransaction {

	private static final ThreadLocal<TransactionStatus> CURRENT = new ThreadLocal<>();

	private PageTransaction() {
	}

	/** Whether this thread serves a page whose transaction will be rolled back. */
	public static boolean willRollBack() {
		TransactionStatus status = CURRENT.get();
		return status != null && !status.isCompleted() && status.isRollbackOnly();
	}

	static void begin(TransactionStatus status) {
		CURRENT.set(status);
	}

	static void end() {
		CURRENT.remove();
	}

}
