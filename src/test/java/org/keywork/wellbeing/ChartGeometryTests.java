package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.wellbeing.TeamWellbeing.ScaleChange;

import static org.assertj.core.api.Assertions.assertThat;

/** The geometry of the wellbeing charts (ADR 012), as plain Java. */
class ChartGeometryTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static Reading reading(long id, LocalDate on, String score) {
		return new Reading(id, Scale.SWEMWBS, on, Completer.WORKER, 20, new BigDecimal(score), false, null, null,
				"Sam");
	}

	@Test
	void readingsAreSpacedByDateAndPlacedOnTheScalesWholeRange() {
		TrendChart chart = TrendChart.of(Scale.SWEMWBS, List.of(reading(3, START.plusDays(100), "35.00"),
				reading(1, START, "7.00"), reading(2, START.plusDays(25), "21.00")));
		assertThat(chart.points()).extracting(TrendChart.Point::readingId).containsExactly(1L, 2L, 3L);
		// first at the left, last at the right; a quarter of the time is a quarter of the
		// way
		assertThat(chart.points().get(0).x()).isEqualTo(TrendChart.FIRST_X);
		assertThat(chart.points().get(2).x()).isEqualTo(TrendChart.LAST_X);
		assertThat(chart.points().get(1).x())
			.isEqualTo(TrendChart.FIRST_X + (TrendChart.LAST_X - TrendChart.FIRST_X) / 4.0);
		// the lowest score on the axis, the highest at the top, the middle half way
		assertThat(chart.points().get(0).y()).isEqualTo(TrendChart.BOTTOM);
		assertThat(chart.points().get(2).y()).isEqualTo(TrendChart.TOP);
		assertThat(chart.points().get(1).y()).isEqualTo((TrendChart.TOP + TrendChart.BOTTOM) / 2.0);
		assertThat(chart.line()).isEqualTo("84,220 200,124 548,28");
		assertThat(chart.first()).isEqualTo(START);
		assertThat(chart.last()).isEqualTo(START.plusDays(100));
	}

	@Test
	void theScoreAxisIsMarkedFromLowestToHighest() {
		TrendChart chart = TrendChart.of(Scale.WEMWBS, List.of());
		assertThat(chart.ticks()).extracting(TrendChart.Tick::value).containsExactly(14, 28, 42, 56, 70);
		assertThat(chart.ticks().get(0).y()).isEqualTo(TrendChart.BOTTOM);
		assertThat(chart.ticks().get(4).y()).isEqualTo(TrendChart.TOP);
	}

	@Test
	void aSingleReadingSitsInTheMiddleAndReadingsOnOneDaySpreadOut() {
		TrendChart one = TrendChart.of(Scale.SWEMWBS, List.of(reading(1, START, "21.00")));
		assertThat(one.points().get(0).x()).isEqualTo((TrendChart.FIRST_X + TrendChart.LAST_X) / 2.0);
		TrendChart sameDay = TrendChart.of(Scale.SWEMWBS,
				List.of(reading(1, START, "21.00"), reading(2, START, "22.00")));
		assertThat(sameDay.points()).extracting(TrendChart.Point::x)
			.containsExactly((double) TrendChart.FIRST_X, (double) TrendChart.LAST_X);
	}

	@Test
	void teamChangeAveragesFirstAndLatestAndCountsTheDirection() {
		ScaleChange change = ScaleChange.of(Scale.SWEMWBS,
				List.of(new BigDecimal[] { new BigDecimal("17.98"), new BigDecimal("23.21") },
						new BigDecimal[] { new BigDecimal("19.98"), new BigDecimal("19.98") },
						new BigDecimal[] { new BigDecimal("21.54"), new BigDecimal("19.25") }));
		assertThat(change.people()).isEqualTo(3);
		assertThat(change.averageFirst()).isEqualByComparingTo("19.83");
		assertThat(change.averageLatest()).isEqualByComparingTo("20.81");
		assertThat(change.averageChange()).isEqualByComparingTo("0.98");
		assertThat(change.improved()).isEqualTo(1);
		assertThat(change.stayed()).isEqualTo(1);
		assertThat(change.declined()).isEqualTo(1);
	}

	@Test
	void teamBarsRunOnTheScalesRange() {
		ChangeChart chart = ChangeChart.of(new ScaleChange(Scale.SWEMWBS, 2, new BigDecimal("7.00"),
				new BigDecimal("35.00"), new BigDecimal("28.00"), 2, 0, 0));
		assertThat(chart.first().width()).isEqualTo(2);
		assertThat(chart.latest().width()).isEqualTo(ChangeChart.RIGHT - ChangeChart.LEFT);
		assertThat(chart.latest().valueText()).isEqualTo("35.00");
		assertThat(chart.bars()).hasSize(2);
	}

}
