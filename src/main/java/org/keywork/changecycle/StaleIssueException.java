package org.keywork.changecycle;

/** The issue changed (was closed) since the page that tried to change it was read. */
class StaleIssueException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	StaleIssueException(Long issueId) {
		super("Cycle of Change issue " + issueId + " changed since it was read");
	}

}
