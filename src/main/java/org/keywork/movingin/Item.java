package org.keywork.movingin;

import java.time.LocalDate;

/**
 * One item of a person's moving-in checklist. {@code who} is null until it is agreed;
 * {@code whoStaffName} is set when a member of staff does it, {@code whoOther} when
 * someone else does. {@code doneOn} is null until done; {@code doneByName} is who
 * recorded it, {@code doneByThePerson} whether that was the person in the portal.
 */
public record Item(long id, long checklistId, int position, String label, Who who, Long whoStaffId, String whoStaffName,
		String whoOther, LocalDate dueOn, LocalDate doneOn, String doneByName, boolean doneByThePerson, String note,
		long version, boolean overdue) {

	public boolean isDone() {
		return this.doneOn != null;
	}

	/** Whether the person may mark it done themselves in the portal. */
	public boolean isThePersons() {
		return this.who == Who.PERSON;
	}

}
