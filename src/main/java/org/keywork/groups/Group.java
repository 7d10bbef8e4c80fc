package org.keywork.groups;

import java.util.List;

/**
 * A team's group as staff see it: what it is about, who runs it, whether it still meets.
 */
record Group(Long id, Long teamId, String teamName, String title, String topic, boolean active, long version,
		List<StaffOption> facilitators) {

	Group {
		facilitators = List.copyOf(facilitators);
	}

	/** A member of the team's staff. */
	record StaffOption(Long id, String name) {
	}

}
