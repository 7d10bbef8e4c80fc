package org.keywork.staff;

/** One line of the administrator's team list. */
record TeamRow(Long id, String name, int contactFrequencyDays, int reviewIntervalMonths, int outcomeIntervalMonths,
		long staffCount) {

}
