package org.keywork.outcomes;

/**
 * Someone else changed the reading (a correction, the person's own view) since the form
 * was opened: nothing is saved, and the form says so.
 */
class StaleReadingException extends RuntimeException {

	private final Reading current;

	StaleReadingException(Reading current) {
		super("Star reading " + current.id() + " changed since the form was opened");
		this.current = current;
	}

	Reading getCurrent() {
		return this.current;
	}

}
