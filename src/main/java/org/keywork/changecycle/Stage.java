package org.keywork.changecycle;

/**
 * A stage of the Cycle of Change, in the guide's words; a lapse can happen from any
 * stage. Labels: {@code changecycle.stage.<NAME>}; plain words for the person:
 * {@code changecycle.portal.<NAME>}.
 */
public enum Stage {

	PRE_CONTEMPLATION(0), CONTEMPLATION(1), PREPARATION(2), ACTION(3), CONSOLIDATION(4), LAPSE(-1);

	private final int rank;

	Stage(int rank) {
		this.rank = rank;
	}

	public boolean isLapse() {
		return this == LAPSE;
	}

	/**
	 * The row of the stage on a path chart, from the top: consolidation first, the lapse
	 * row last (below pre-contemplation).
	 */
	public int row() {
		return this == LAPSE ? 5 : 4 - this.rank;
	}

	/**
	 * Whether moving from {@code previous} to {@code next} is a move forward on the
	 * cycle: to a later stage than the one before, not a lapse. A move out of a lapse is
	 * not counted as forward (the person returns to where they were), nor is a first
	 * entry.
	 */
	public static boolean isForward(Stage previous, Stage next) {
		return previous != null && !previous.isLapse() && !next.isLapse() && next.rank > previous.rank;
	}

	/** The stages top to bottom as a chart draws them. */
	public static Stage[] byRow() {
		return new Stage[] { CONSOLIDATION, ACTION, PREPARATION, CONTEMPLATION, PRE_CONTEMPLATION, LAPSE };
	}

}
