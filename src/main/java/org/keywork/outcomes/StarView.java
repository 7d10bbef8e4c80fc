package org.keywork.outcomes;

import java.util.List;

/**
 * The star page of one measure: the measures the person has readings of (and the
 * default), the readings of this one (oldest first), the two compared ({@code from} may
 * equal {@code to} when there is only one; both null when there is none), the chart, and
 * a row per area with both scores, the person's own view and the distance travelled.
 */
record StarView(Measure measure, List<Measure> measures, List<Reading> readings, Reading from, Reading to,
		StarChart chart, List<Row> rows) {

	static StarView of(Measure measure, List<Measure> measures, List<Reading> readings, Reading from, Reading to) {
		List<Row> rows = measure.areas().stream().map(area -> {
			Integer first = from == null || from == to ? null : from.score(area.id());
			Integer latest = to == null ? null : to.score(area.id());
			return new Row(area, first, latest, to == null ? null : to.ownScore(area.id()), distance(first, latest),
					to == null ? null : to.note(area.id()),
					latest == null ? null : measure.stageOf(latest).map(Measure.Stage::name).orElse(null));
		}).toList();
		return new StarView(measure, measures, readings, from, to, StarChart.of(measure, from, to), rows);
	}

	/**
	 * Distance travelled in an area: the later score less the earlier; null unless both
	 * readings have one.
	 */
	static Integer distance(Integer first, Integer latest) {
		return first == null || latest == null ? null : latest - first;
	}

	/** Whether two different readings are compared. */
	public boolean compares() {
		return this.from != null && this.to != null && this.from != this.to;
	}

	/** The readings newest first, for the list. */
	public List<Reading> newestFirst() {
		List<Reading> newest = new java.util.ArrayList<>(this.readings);
		java.util.Collections.reverse(newest);
		return newest;
	}

	/** One area: scores, the person's own view of the later reading, distance, note. */
	record Row(Measure.Area area, Integer first, Integer latest, Integer own, Integer distance, String note,
			String stage) {
	}

}
