package org.keywork.callover;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the callover decided about one person: what was discussed and agreed, and the
 * follow-up (who, by when, and whether it is done). Staff only.
 */
public record Decision(Long id, Long meetingId, LocalDate heldOn, Long personId, String personName, String discussed,
		String agreed, Long followUpBy, String followUpName, LocalDate followUpDue, Instant doneAt, String doneName,
		String doneNote, String recordedName, long version) {

	public boolean hasFollowUp() {
		return this.followUpBy != null;
	}

	public boolean isDone() {
		return this.doneAt != null;
	}

	public boolean isOpen() {
		return hasFollowUp() && !isDone();
	}

	public boolean overdue(LocalDate today) {
		return isOpen() && this.followUpDue.isBefore(today);
	}

}
