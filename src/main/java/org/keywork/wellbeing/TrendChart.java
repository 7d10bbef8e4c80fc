package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The geometry of one scale's trend for a person (ADR 012): each reading a point, by date
 * across and score up, on the scale's whole range, joined by a line. The template draws
 * it as SVG in a {@value #WIDTH} by {@value #HEIGHT} view box; markers make each reading
 * visible without colour.
 */
public record TrendChart(Scale scale, List<Point> points, List<Tick> ticks, String line, LocalDate first,
		LocalDate last) {

	public static final int WIDTH = 600;

	public static final int HEIGHT = 260;

	/** The plot area inside the view box (room for the axis labels). */
	public static final int LEFT = 48;

	public static final int RIGHT = WIDTH - 16;

	public static final int TOP = 28;

	public static final int BOTTOM = HEIGHT - 40;

	/** How many steps the score axis is marked in. */
	/**
	 * The first and last readings sit this far inside the plot area, so that their scores
	 * (written above each marker) clear the axis labels and the edge of the chart.
	 */
	public static final int INSET = 36;

	/** Where the first reading is drawn. */
	public static final int FIRST_X = LEFT + INSET;

	/** Where the latest reading is drawn. */
	public static final int LAST_X = RIGHT - INSET;

	static final int TICK_STEPS = 4;

	public TrendChart {
		points = List.copyOf(points);
		ticks = List.copyOf(ticks);
	}

	/** A reading, where it is drawn, and its score as written beside it. */
	public record Point(long readingId, LocalDate takenOn, BigDecimal score, String text, double x, double y) {
	}

	/** A mark on the score axis. */
	public record Tick(int value, double y) {
	}

	/**
	 * The chart of these readings of one scale, oldest first; a single reading sits in
	 * the middle.
	 */
	static TrendChart of(Scale scale, List<Reading> readings) {
		List<Reading> sorted = readings.stream()
			.sorted((a, b) -> a.takenOn().equals(b.takenOn()) ? Long.compare(a.id(), b.id())
					: a.takenOn().compareTo(b.takenOn()))
			.toList();
		LocalDate first = sorted.isEmpty() ? null : sorted.get(0).takenOn();
		LocalDate last = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1).takenOn();
		long days = first == null ? 0 : ChronoUnit.DAYS.between(first, last);
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Reading reading = sorted.get(i);
			double x;
			if (sorted.size() == 1) {
				x = (FIRST_X + LAST_X) / 2.0;
			}
			else if (days == 0) {
				x = FIRST_X + (LAST_X - FIRST_X) * (double) i / (sorted.size() - 1);
			}
			else {
				x = FIRST_X + (LAST_X - FIRST_X) * (double) ChronoUnit.DAYS.between(first, reading.takenOn()) / days;
			}
			points.add(new Point(reading.id(), reading.takenOn(), reading.score(),
					WellbeingScoring.text(scale, reading.score()), round(x), y(scale, reading.score().doubleValue())));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int step = 0; step <= TICK_STEPS; step++) {
			int value = (int) Math
				.round(scale.minimum() + (scale.maximum() - scale.minimum()) * (double) step / TICK_STEPS);
			ticks.add(new Tick(value, y(scale, value)));
		}
		String line = points.stream().map(p -> format(p.x()) + "," + format(p.y())).collect(Collectors.joining(" "));
		return new TrendChart(scale, points, ticks, line, first, last);
	}

	/** The plot area's edges, for the template. */
	public int left() {
		return LEFT;
	}

	public int right() {
		return RIGHT;
	}

	/** Where the date labels go. */
	public int dateBaseline() {
		return HEIGHT - 12;
	}

	/** Where a score is drawn: the scale's lowest on the axis, its highest at the top. */
	static double y(Scale scale, double score) {
		double share = (score - scale.minimum()) / (scale.maximum() - scale.minimum());
		return round(BOTTOM - (BOTTOM - TOP) * share);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
