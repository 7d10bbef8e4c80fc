package org.keywork.intensity;

/**
 * How much support a person needs now ("reflect on how much support a service user
 * requires"), each with a contact target and a review interval. A team sets its own for
 * each level ({@code intensity_default}); these are the built-in ones for a team that has
 * not: standard follows the team's contact frequency.
 */
enum Level {

	INTENSIVE(3, 28), STANDARD(7, 91), LIGHT(14, 91), MOVING_ON(28, 182);

	private final int contactDays;

	private final int reviewDays;

	Level(int contactDays, int reviewDays) {
		this.contactDays = contactDays;
		this.reviewDays = reviewDays;
	}

	/** The built-in contact target, given the team's contact frequency. */
	int contactDays(int teamFrequencyDays) {
		return this == STANDARD ? teamFrequencyDays : this.contactDays;
	}

	int reviewDays() {
		return this.reviewDays;
	}

}
