package org.keywork.preferences;

/**
 * The preferences were changed by someone else (or the person) since the form was opened.
 */
class StalePreferencesException extends RuntimeException {

	StalePreferencesException(Long personId) {
		super("Engagement preferences of service user " + personId + " changed since they were read");
	}

}
