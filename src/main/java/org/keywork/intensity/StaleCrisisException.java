package org.keywork.intensity;

/** Someone else ended or changed the crisis step-up since the page was opened. */
class StaleCrisisException extends RuntimeException {

	StaleCrisisException(Long id) {
		super("Crisis step-up " + id + " was changed by someone else");
	}

}
