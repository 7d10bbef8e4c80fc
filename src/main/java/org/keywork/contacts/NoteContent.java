package org.keywork.contacts;

import java.time.Instant;
import java.time.LocalDate;

/** The content of a contact note that a correction may change; shared by the note and its kept versions. */
interface NoteContent {

	Instant getContactAt();

	Integer getDurationMinutes();

	ContactType getType();

	String getLocation();

	String getOthersPresent();

	String getNote();

	String getMiEngaging();

	String getMiFocusing();

	String getMiEvoking();

	String getMiPlanning();

	LocalDate getNextContactOn();

	boolean isShared();

	WithheldReason getWithheldReason();

	String getWithheldDetail();

	boolean isRestricted();

	String getRestrictedReason();

	/**
	 * A part of the note for staff only (third-party information, say), withheld from the person and peers with
	 * {@link #getStaffOnlyReason()} while the rest of the note is shared.
	 */
	String getStaffOnlyDetail();

	WithheldReason getStaffOnlyReason();

	default boolean hasPrompts() {
		return getMiEngaging() != null || getMiFocusing() != null || getMiEvoking() != null || getMiPlanning() != null;
	}

}
