package org.keywork.contacts;

import java.time.Instant;
import java.time.LocalDate;

/** The content of a contact note that a correction may change; shared by the note and its kept versions. */
public interface NoteContent {

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

	default boolean hasPrompts() {
		return getMiEngaging() != null || getMiFocusing() != null || getMiEvoking() != null || getMiPlanning() != null;
	}

}
