package org.keywork.housing;

/** The episode was changed by someone else since it was read. */
class StaleEpisodeException extends RuntimeException {

	StaleEpisodeException(Long id) {
		super("Accommodation episode " + id + " changed since it was read");
	}

}
