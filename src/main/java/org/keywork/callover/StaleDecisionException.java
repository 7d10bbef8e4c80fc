package org.keywork.callover;

/** The decision was recorded or changed by someone else since the form was read. */
class StaleDecisionException extends RuntimeException {

	StaleDecisionException(Long meetingId, Long personId) {
		super("Callover decision about " + personId + " at meeting " + meetingId + " changed since it was read");
	}

}
