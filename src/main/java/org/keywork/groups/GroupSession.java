package org.keywork.groups;

import java.time.Instant;
import java.util.List;

/**
 * A session of a group as the group's staff see it: when, where, what happened, and who
 * was invited and came (by preferred name, legal name secondary).
 */
record GroupSession(Long id, Long groupId, Instant startsAt, String place, String note, String recordedBy,
		List<Attendance> attendance) {

	GroupSession {
		attendance = List.copyOf(attendance);
	}

	long count(AttendanceStatus status) {
		return this.attendance.stream().filter(a -> a.status() == status).count();
	}

	/** One invited person and whether they came. */
	record Attendance(Long personId, String name, String legalName, AttendanceStatus status) {
	}

	/** A session in a group's list: counts only, no names. */
	record Row(Long id, Instant startsAt, String place, long attended, long invited) {
	}

}
