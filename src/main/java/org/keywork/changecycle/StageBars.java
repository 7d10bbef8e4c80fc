package org.keywork.changecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the team view's chart (ADR 012): one horizontal bar per stage for the
 * open issues there now, a second, hatched bar under it for the moves into that stage in
 * the period (lapses on the lapse row), both scaled to the largest number; the number is
 * written at the end of each bar, so the chart reads without colour.
 */
public record StageBars(int width, int height, int plotLeft, int plotRight, List<Bar> bars) {

	static final int WIDTH = 640;

	static final int LEFT = 150;

	static final int RIGHT = 600;

	static final int ROW = 44;

	static final int TOP = 8;

	public StageBars {
		bars = List.copyOf(bars);
	}

	static StageBars of(List<TeamCycle.StageRow> rows) {
		int max = 1;
		for (TeamCycle.StageRow row : rows) {
			max = Math.max(max, Math.max(row.openNow(), row.movesIn()));
		}
		List<Bar> bars = new ArrayList<>();
		int y = TOP;
		for (TeamCycle.StageRow row : rows) {
			bars.add(new Bar(row.stage(), y, y + ROW / 2 - 2, length(row.openNow(), max), row.openNow(),
					length(row.movesIn(), max), row.movesIn()));
			y += ROW;
		}
		return new StageBars(WIDTH, y + TOP, LEFT, RIGHT, bars);
	}

	private static int length(int value, int max) {
		return (int) Math.round((double) (RIGHT - LEFT - 30) * value / max);
	}

	/**
	 * One stage's bars: the bar of open issues now at {@code y}, the bar of moves in at
	 * {@code movesY}, each {@code ROW / 2 - 4} high.
	 */
	public record Bar(Stage stage, int y, int movesY, int nowLength, int now, int movesLength, int moves) {

		public int barHeight() {
			return ROW / 2 - 4;
		}

	}

}
