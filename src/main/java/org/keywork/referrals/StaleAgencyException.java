package org.keywork.referrals;

/** The agency was changed by someone else since the form was opened. */
class StaleAgencyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int currentVersion;

	StaleAgencyException(int currentVersion) {
		super("Agency changed since the form was opened");
		this.currentVersion = currentVersion;
	}

	int currentVersion() {
		return this.currentVersion;
	}

}
