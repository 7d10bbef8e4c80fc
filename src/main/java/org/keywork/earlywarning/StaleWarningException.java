package org.keywork.earlywarning;

/** The checklist or the episode was changed by someone else since it was read. */
class StaleWarningException extends RuntimeException {

	StaleWarningException(Long personId) {
		super("The early warning of service user " + personId + " changed since it was read");
	}

}
