package org.keywork.callover;

import java.time.LocalDate;

/** One team's callover on a date, chaired by a manager. */
record Meeting(Long id, Long teamId, String teamName, LocalDate heldOn, Long chairedBy, String chairName,
		long decisions, long version) {
}
