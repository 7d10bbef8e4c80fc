package org.keywork.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.keywork.sharing.SharingDecision;

/**
 * One appointment as a reader may see it. {@code withName} is the member of staff's name
 * or the free text (null if the reader may not see the name); {@code requests} are the
 * open requests to move it (only for staff).
 */
public record Appointment(Long id, Long personId, LocalDate on, LocalTime startsAt, LocalTime endsAt, String place,
		Long withAccountId, String withName, String purpose, Status status, Long missedNoteId, SharingDecision sharing,
		long version, List<MoveRequest> requests) {

	public Appointment {
		requests = List.copyOf(requests);
	}

	public boolean isWithheld() {
		return this.sharing.isWithheld();
	}

	public boolean isBooked() {
		return this.status == Status.BOOKED;
	}

	/** Booked and today or later: it can still be moved. */
	public boolean isComing(LocalDate today) {
		return isBooked() && !this.on.isBefore(today);
	}

	/** What happened to an appointment. */
	public enum Status {

		BOOKED, CANCELLED, MISSED

	}

	/** The person's request to move it, not dealt with yet. */
	public record MoveRequest(Long id, String why, String wouldSuit, java.time.Instant askedAt) {
	}

}
