package org.keywork.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The geometry of the star chart (ADR 012) and the distance travelled, as plain Java.
 */
class StarChartTests {

	static Measure measure(int areas) {
		List<Measure.Area> list = new java.util.ArrayList<>();
		for (int i = 0; i < areas; i++) {
			list.add(new Measure.Area((long) (i + 1), "Area " + (i + 1), null, (i + 1) * 10));
		}
		return new Measure(1L, "Test", null, true, true, list,
				List.of(new Measure.Stage(1L, "Low", 1, 2), new Measure.Stage(2L, "Lower middle", 3, 4),
						new Measure.Stage(3L, "Middle", 5, 6), new Measure.Stage(4L, "Upper middle", 7, 8),
						new Measure.Stage(5L, "High", 9, 10)));
	}

	static Reading reading(long id, LocalDate on, int[] scores, Integer[] own) {
		Map<Long, Reading.Score> map = new HashMap<>();
		for (int i = 0; i < scores.length; i++) {
			map.put((long) (i + 1), new Reading.Score((long) (i + 1), scores[i], own == null ? null : own[i], null));
		}
		return new Reading(id, 9L, 1L, on, 1, false, null, null, Instant.EPOCH, 1L, null, null, null, 0, map);
	}

	@Test
	void axesStartAtTheTopAndGoClockwiseAroundTheCentre() {
		StarChart chart = StarChart.of(measure(4), null, null);
		double cx = chart.cx();
		double cy = chart.cy();
		double r = StarChart.RADIUS;
		assertThat(chart.axes()).hasSize(4);
		// top, right, bottom, left
		assertThat(chart.axes().get(0)).extracting(StarChart.Axis::x, StarChart.Axis::y).containsExactly(cx, cy - r);
		assertThat(chart.axes().get(1)).extracting(StarChart.Axis::x, StarChart.Axis::y).containsExactly(cx + r, cy);
		assertThat(chart.axes().get(2)).extracting(StarChart.Axis::x, StarChart.Axis::y).containsExactly(cx, cy + r);
		assertThat(chart.axes().get(3)).extracting(StarChart.Axis::x, StarChart.Axis::y).containsExactly(cx - r, cy);
		assertThat(chart.axes()).extracting(StarChart.Axis::anchor).containsExactly("middle", "start", "middle", "end");
		assertThat(chart.series()).isEmpty();
	}

	@Test
	void aScoreLiesAtItsTenthOfTheRadiusOnItsAxis() {
		Reading only = reading(1, LocalDate.of(2026, 1, 1), new int[] { 10, 5, 1, 0 }, null);
		StarChart chart = StarChart.of(measure(4), only, only);
		assertThat(chart.series()).singleElement().satisfies(series -> {
			assertThat(series.kind()).isEqualTo(StarChart.Kind.LATEST);
			assertThat(series.polygon()).isEqualTo("400.0,60.0 480.0,220.0 400.0,236.0 400.0,220.0");
		});
	}

	@Test
	void twoReadingsAndTheOwnViewAreThreePolygonsTheOwnViewTakingTheAgreedScoreWhereThePersonAgrees() {
		Reading first = reading(1, LocalDate.of(2026, 1, 1), new int[] { 2, 2, 2, 2 }, null);
		Reading latest = reading(2, LocalDate.of(2026, 4, 1), new int[] { 5, 5, 5, 5 },
				new Integer[] { 10, null, null, null });
		StarChart chart = StarChart.of(measure(4), first, latest);
		assertThat(chart.series()).extracting(StarChart.Series::kind)
			.containsExactly(StarChart.Kind.FIRST, StarChart.Kind.LATEST, StarChart.Kind.OWN);
		assertThat(chart.series().get(0).polygon()).isEqualTo("400.0,188.0 432.0,220.0 400.0,252.0 368.0,220.0");
		assertThat(chart.series().get(2).polygon()).isEqualTo("400.0,60.0 480.0,220.0 400.0,300.0 320.0,220.0");
	}

	@Test
	void eachStageIsARingFromAboveTheBandBelowToTheTopOfItsOwnOutermostFirst() {
		StarChart chart = StarChart.of(measure(10), null, null);
		assertThat(chart.rings()).extracting(StarChart.Ring::name)
			.containsExactly("High", "Upper middle", "Middle", "Lower middle", "Low");
		assertThat(chart.rings()).extracting(StarChart.Ring::outer).containsExactly(160.0, 128.0, 96.0, 64.0, 32.0);
		assertThat(chart.rings()).extracting(StarChart.Ring::inner).containsExactly(128.0, 96.0, 64.0, 32.0, 0.0);
		// shaded alternately, so neighbouring bands differ
		assertThat(chart.rings()).extracting(StarChart.Ring::shade)
			.containsExactly("odd", "even", "odd", "even", "odd");
		// every label in the middle of its band, between the first two axes
		StarChart.Ring middle = chart.rings().get(2);
		double distance = Math.hypot(middle.labelX() - chart.cx(), middle.labelY() - chart.cy());
		assertThat(distance).isCloseTo(80.0, org.assertj.core.data.Offset.offset(0.2));
	}

	@Test
	void distanceTravelledIsTheLaterScoreLessTheEarlierPerArea() {
		Measure measure = measure(3);
		Reading first = reading(1, LocalDate.of(2026, 1, 1), new int[] { 2, 6, 5 }, null);
		Reading latest = reading(2, LocalDate.of(2026, 6, 1), new int[] { 7, 4, 5 }, new Integer[] { 8, null, null });
		StarView view = StarView.of(measure, List.of(measure), List.of(first, latest), first, latest);
		assertThat(view.rows()).extracting(StarView.Row::distance).containsExactly(5, -2, 0);
		assertThat(view.rows()).extracting(StarView.Row::own).containsExactly(8, null, null);
		assertThat(view.rows()).extracting(StarView.Row::stage)
			.containsExactly("Upper middle", "Lower middle", "Middle");
		// one reading: nothing to compare, no distance
		StarView one = StarView.of(measure, List.of(measure), List.of(first), first, first);
		assertThat(one.compares()).isFalse();
		assertThat(one.rows()).extracting(StarView.Row::distance).containsOnlyNulls();
		assertThat(StarView.distance(null, 4)).isNull();
	}

}
