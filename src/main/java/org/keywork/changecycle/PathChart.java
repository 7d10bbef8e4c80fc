package org.keywork.changecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of an issue's path over time (ADR 012): stages are rows (consolidation at
 * the top, the lapse row at the bottom), entries are columns in date order at equal
 * steps. The path is a step line: it stays on a stage until the next entry, then moves to
 * the new row. Every entry has a marker (a circle; a lapse a square with a cross, so the
 * chart reads without colour).
 */
public record PathChart(int width, int height, int plotLeft, int plotTop, int plotRight, int plotBottom, List<Row> rows,
		List<Point> points, String path) {

	static final int WIDTH = 640;

	static final int LEFT = 150;

	static final int TOP = 16;

	static final int ROW_HEIGHT = 36;

	static final int RIGHT_MARGIN = 24;

	static final int BOTTOM_LABELS = 40;

	public PathChart {
		rows = List.copyOf(rows);
		points = List.copyOf(points);
	}

	/** The chart of these entries (oldest first). */
	public static PathChart of(List<Issue.Entry> entries) {
		Stage[] stages = Stage.byRow();
		int plotBottom = TOP + stages.length * ROW_HEIGHT;
		int plotRight = WIDTH - RIGHT_MARGIN;
		List<Row> rows = new ArrayList<>();
		for (Stage stage : stages) {
			rows.add(new Row(stage, y(stage), TOP + stage.row() * ROW_HEIGHT));
		}
		List<Point> points = new ArrayList<>();
		int n = entries.size();
		double step = n <= 1 ? 0 : (double) (plotRight - LEFT - 40) / (n - 1);
		for (int i = 0; i < n; i++) {
			Issue.Entry entry = entries.get(i);
			int x = n == 1 ? (LEFT + plotRight) / 2 : (int) Math.round(LEFT + 20 + i * step);
			points.add(new Point(x, y(entry.stage()), entry.stage(), entry.on(), entry.isLapse()));
		}
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			Point p = points.get(i);
			if (i == 0) {
				path.append("M").append(p.x()).append(' ').append(p.y());
			}
			else {
				path.append(" H").append(p.x()).append(" V").append(p.y());
			}
		}
		if (!points.isEmpty()) {
			path.append(" H").append(plotRight);
		}
		return new PathChart(WIDTH, plotBottom + BOTTOM_LABELS, LEFT, TOP, plotRight, plotBottom, rows, points,
				path.toString().trim());
	}

	/** The middle of a stage's row. */
	static int y(Stage stage) {
		return TOP + stage.row() * ROW_HEIGHT + ROW_HEIGHT / 2;
	}

	public boolean isEmpty() {
		return this.points.isEmpty();
	}

	/** A stage's row: its label at {@code labelY}, its band starting at {@code top}. */
	public record Row(Stage stage, int labelY, int top) {

		public boolean isLapse() {
			return this.stage.isLapse();
		}

	}

	/** An entry's marker, and where its date is written under the plot. */
	public record Point(int x, int y, Stage stage, LocalDate on, boolean lapse) {

		/** The date under the column, short: "3 Oct 26". */
		public String shortDate() {
			return String.format(Locale.UK, "%d %s %02d", this.on.getDayOfMonth(),
					this.on.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK),
					this.on.getYear() % 100);
		}

		/** The four corners of a lapse's square marker, as polyline points. */
		public String cross() {
			return "M%d %d L%d %d M%d %d L%d %d".formatted(this.x - 6, this.y - 6, this.x + 6, this.y + 6, this.x - 6,
					this.y + 6, this.x + 6, this.y - 6);
		}

	}

}
