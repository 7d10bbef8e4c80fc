package org.keywork.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The geometry of a star (radar) chart, computed here and written as SVG by the template
 * (ADR 012): one axis per area, clockwise from the top; a score {@code s} from 1 to 10
 * lies at {@code s / 10} of the radius along its axis; each stage of the ladder is a
 * shaded ring from just above the band below it to the top of its own band, labelled with
 * its name; each reading is a polygon with a marker on every axis.
 */
public record StarChart(int width, int height, double cx, double cy, double radius, List<Axis> axes, List<Ring> rings,
		List<Series> series) {

	static final int WIDTH = 800;

	static final int HEIGHT = 440;

	static final double RADIUS = 160;

	static final double LABEL_GAP = 14;

	/**
	 * The series a chart may draw; they differ by line pattern and marker, not colour.
	 */
	public enum Kind {

		/** The earlier reading: a solid line with circles. */
		FIRST,
		/** The later reading: a thicker solid line with squares. */
		LATEST,
		/** The person's own view of the later reading: a dashed line with diamonds. */
		OWN

	}

	/**
	 * The chart of a measure for up to two readings: the earlier ({@code first}, may be
	 * null when there is only one) and the later, with the person's own view of the later
	 * one (their own score where they gave one, else the agreed score) when they gave
	 * any.
	 */
	static StarChart of(Measure measure, Reading first, Reading latest) {
		List<Measure.Area> areas = measure.areas();
		int n = areas.size();
		double cx = WIDTH / 2.0;
		double cy = HEIGHT / 2.0;
		List<Axis> axes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Point end = point(cx, cy, RADIUS, i, n);
			Point label = point(cx, cy, RADIUS + LABEL_GAP, i, n);
			String anchor = Math.abs(label.x() - cx) < 1 ? "middle" : (label.x() > cx ? "start" : "end");
			double dy = Math.abs(label.x() - cx) < 1 ? (label.y() < cy ? -4 : 12) : 4;
			axes.add(new Axis(i + 1, areas.get(i).name(), end.x(), end.y(), label.x(), round(label.y() + dy), anchor));
		}
		List<Ring> rings = new ArrayList<>();
		List<Measure.Stage> stages = new ArrayList<>(measure.stages());
		// outermost first, so that each smaller ring is drawn over the larger one
		stages.sort((a, b) -> Integer.compare(b.to(), a.to()));
		for (int i = 0; i < stages.size(); i++) {
			Measure.Stage stage = stages.get(i);
			double outer = round(RADIUS * stage.to() / 10);
			double inner = round(RADIUS * (stage.from() - 1) / 10);
			// the label sits in the middle of its band, between the first two axes
			Point label = n < 2 ? new Point(cx, cy - (outer + inner) / 2) : point(cx, cy, (outer + inner) / 2, 0.5, n);
			rings.add(new Ring(stage.name(), stage.from(), stage.to(), outer, inner, label.x(), label.y(),
					(stages.size() - i) % 2 == 0 ? "even" : "odd"));
		}
		List<Series> series = new ArrayList<>();
		if (first != null && latest != null && !first.id().equals(latest.id())) {
			series.add(series(Kind.FIRST, first, areas, cx, cy, first::score));
		}
		if (latest != null) {
			series.add(series(Kind.LATEST, latest, areas, cx, cy, latest::score));
			if (latest.hasOwnView()) {
				series.add(series(Kind.OWN, latest, areas, cx, cy, area -> {
					Integer own = latest.ownScore(area);
					return own != null ? own : latest.score(area);
				}));
			}
		}
		return new StarChart(WIDTH, HEIGHT, cx, cy, RADIUS, axes, rings, series);
	}

	private static Series series(Kind kind, Reading reading, List<Measure.Area> areas, double cx, double cy,
			Function<Long, Integer> scoreOf) {
		int n = areas.size();
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Integer score = scoreOf.apply(areas.get(i).id());
			points.add(point(cx, cy, RADIUS * (score == null ? 0 : score) / 10, i, n));
		}
		return new Series(kind, reading.id(), reading.takenOn(), points);
	}

	/**
	 * The point at {@code distance} from the centre along axis {@code index} (may be
	 * fractional, between two axes) of {@code n}, clockwise from the top.
	 */
	static Point point(double cx, double cy, double distance, double index, int n) {
		double angle = -Math.PI / 2 + 2 * Math.PI * index / n;
		return new Point(round(cx + distance * Math.cos(angle)), round(cy + distance * Math.sin(angle)));
	}

	static double round(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == 0 ? 0 : rounded;
	}

	/** A point of the chart, in SVG units. */
	public record Point(double x, double y) {

		String svg() {
			return String.format(Locale.ROOT, "%.1f,%.1f", this.x, this.y);
		}

	}

	/** The axis of one area, numbered from 1, and where its label goes. */
	public record Axis(int number, String name, double x, double y, double labelX, double labelY, String anchor) {
	}

	/** The ring of one stage: outer and inner radius, where its label goes. */
	public record Ring(String name, int from, int to, double outer, double inner, double labelX, double labelY,
			String shade) {
	}

	/** One reading drawn as a polygon, with a marker at each point. */
	public record Series(Kind kind, Long readingId, java.time.LocalDate takenOn, List<Point> points) {

		/** The polygon's {@code points} attribute. */
		public String polygon() {
			return String.join(" ", this.points.stream().map(Point::svg).toList());
		}

	}

}
