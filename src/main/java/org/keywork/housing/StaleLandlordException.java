package org.keywork.housing;

/** The landlord was changed by someone else since the form was opened. */
class StaleLandlordException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int currentVersion;

	StaleLandlordException(int currentVersion) {
		super("Landlord changed since the form was opened");
		this.currentVersion = currentVersion;
	}

	int currentVersion() {
		return this.currentVersion;
	}

}
