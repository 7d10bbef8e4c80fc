package org.keywork.rent;

import java.time.Instant;

/**
 * A landlord's statement uploaded for a person (its content is read separately), with the
 * mapping chosen for it and how far its import has got.
 */
record RentImport(long id, long personId, String fileName, Instant uploadedAt, Status status, Mapping mapping,
		Integer rowsTotal, int rowsDone, Instant finishedAt, long version) {

	/** Where an import stands; labels {@code rent.import.status.<NAME>}. */
	enum Status {

		/** Uploaded; being mapped and previewed. */
		PENDING,
		/** Importing in the background. */
		RUNNING,
		/** Every row imported (in one transaction). */
		IMPORTED,
		/** Put aside by staff; nothing imported. */
		DISCARDED,
		/** The import failed and was rolled back; nothing imported. */
		FAILED

	}

	public boolean isPending() {
		return this.status == Status.PENDING;
	}

	public boolean isRunning() {
		return this.status == Status.RUNNING;
	}

	/** Percent done, for people who read numbers rather than bars. */
	public int percent() {
		return this.rowsTotal == null || this.rowsTotal == 0 ? 0 : (int) (100L * this.rowsDone / this.rowsTotal);
	}

}
