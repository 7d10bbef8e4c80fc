package org.keywork.serviceusers;

/**
 * The form was filled in against an older version of the record than the one now saved.
 */
class StaleEditException extends RuntimeException {

	private final transient ServiceUser current;

	StaleEditException(ServiceUser current) {
		super("Service user " + current.getId() + " changed since the form was opened");
		this.current = current;
	}

	ServiceUser getCurrent() {
		return this.current;
	}

}
