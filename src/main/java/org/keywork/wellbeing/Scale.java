package org.keywork.wellbeing;

/**
 * The wellbeing scales Keywork knows. The statements each asks, their wording and the
 * answer labels are data (migration V62: the wording is the authors'); what is here is
 * how each is scored. Names: {@code wellbeing.scale.<NAME>}.
 */
public enum Scale {

	/** The Warwick-Edinburgh Mental Wellbeing Scale: 14 statements, total 14–70. */
	WEMWBS(14),

	/**
	 * The short form: 7 of the 14 statements, raw 7–35, compared only as its metric
	 * score.
	 */
	SWEMWBS(7);

	private final int items;

	Scale(int items) {
		this.items = items;
	}

	/** How many statements the scale asks. */
	public int items() {
		return this.items;
	}

	/** The lowest raw total (every answer "None of the time"). */
	public int minimum() {
		return this.items * WellbeingScoring.LOWEST_ANSWER;
	}

	/** The highest raw total (every answer "All of the time"). */
	public int maximum() {
		return this.items * WellbeingScoring.HIGHEST_ANSWER;
	}

}
