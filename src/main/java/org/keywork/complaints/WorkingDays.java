package org.keywork.complaints;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/**
 * The response clock: a first response is due by the same time of day, {@code days}
 * working days (Monday to Friday) after the complaint was received. Friday 16:00 plus one
 * working day is Monday 16:00; a complaint received on a Saturday is due on Monday. Bank
 * holidays are not known to Keywork (ADR 016).
 */
public final class WorkingDays {

	/** The target when a team has set none: one working day. */
	public static final int DEFAULT = 1;

	private WorkingDays() {
	}

	public static ZonedDateTime after(ZonedDateTime received, int days) {
		ZonedDateTime due = received;
		int left = days;
		while (left > 0) {
			due = due.plusDays(1);
			if (isWorkingDay(due)) {
				left--;
			}
		}
		return due;
	}

	static boolean isWorkingDay(ZonedDateTime at) {
		DayOfWeek day = at.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

}
