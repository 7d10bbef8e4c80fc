package org.keywork.housing;

import java.time.LocalDate;

import org.keywork.sharing.SharingDecision;

/**
 * One episode of a person's accommodation history as a reader may see it: no end date
 * means it is where they live now.
 */
public record Episode(Long id, Long personId, AccommodationKind kind, String address, LocalDate startedOn,
		LocalDate endedOn, String reasonForLeaving, SharingDecision sharing, long version) {

	public boolean isCurrent() {
		return this.endedOn == null;
	}

	public boolean isWithheld() {
		return this.sharing.isWithheld();
	}

}
