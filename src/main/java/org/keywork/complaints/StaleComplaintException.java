package org.keywork.complaints;

/** The complaint was changed by someone else since it was read. */
class StaleComplaintException extends RuntimeException {

	StaleComplaintException(Long id) {
		super("Complaint " + id + " changed since it was read");
	}

}
