package org.keywork.housing;

import java.time.LocalDate;

/**
 * Whether a tenancy was sustained for a number of months: computed from the tenancy
 * start, the end of its episode (null while it goes on) and today, never stored.
 * Sustained when the tenancy started at least that many months ago and did not end before
 * then (ending on the day itself counts as sustained).
 */
public record Sustained(int months, State state, LocalDate on) {

	/** Where a tenancy stands against a milestone. */
	public enum State {

		/** Reached: sustained since {@code on}. */
		SUSTAINED,
		/** Not reached yet: due on {@code on}. */
		DUE,
		/** Ended before {@code on}. */
		NOT_SUSTAINED

	}

	/** The tenancy against the milestone of {@code months}, as of {@code today}. */
	static Sustained of(int months, LocalDate startedOn, LocalDate endedOn, LocalDate today) {
		LocalDate milestone = startedOn.plusMonths(months);
		if (endedOn != null && endedOn.isBefore(milestone)) {
			return new Sustained(months, State.NOT_SUSTAINED, milestone);
		}
		return new Sustained(months, today.isBefore(milestone) ? State.DUE : State.SUSTAINED, milestone);
	}

}
