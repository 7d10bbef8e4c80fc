package org.keywork.housing;

import java.time.LocalDate;

import org.keywork.sharing.SharingDecision;

/**
 * One episode of a person's accommodation history as a reader may see it: no end date
 * means it is where they live now. {@code tenancy} is null when none is recorded.
 */
public record Episode(Long id, Long personId, AccommodationKind kind, String address, LocalDate startedOn,
		LocalDate endedOn, String reasonForLeaving, SharingDecision sharing, long version, Tenancy tenancy) {

	/** May this episode have a tenancy (its form is a tenancy)? */
	public boolean hasTenancyForm() {
		return Tenancy.hasTenancy(this.kind);
	}

	public boolean isCurrent() {
		return this.endedOn == null;
	}

	public boolean isWithheld() {
		return this.sharing.isWithheld();
	}

}
