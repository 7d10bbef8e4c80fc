package org.keywork.benefits;

/** The benefit was changed by someone else since it was read. */
class StaleBenefitException extends RuntimeException {

	StaleBenefitException(Long id) {
		super("Welfare benefit " + id + " changed since it was read");
	}

}
