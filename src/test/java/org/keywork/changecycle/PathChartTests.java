package org.keywork.changecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The geometry of an issue's path: rows by stage, columns by entry, a step line. */
class PathChartTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 5);

	@Test
	void eachEntryIsAColumnOnItsStagesRowLeftToRight() {
		PathChart chart = PathChart.of(entries(Stage.PRE_CONTEMPLATION, Stage.CONTEMPLATION, Stage.PREPARATION,
				Stage.ACTION, Stage.LAPSE, Stage.ACTION));

		assertThat(chart.points()).hasSize(6);
		for (int i = 1; i < chart.points().size(); i++) {
			assertThat(chart.points().get(i).x()).isGreaterThan(chart.points().get(i - 1).x());
		}
		// consolidation is the top row, the lapse row the bottom one
		assertThat(PathChart.y(Stage.CONSOLIDATION)).isLessThan(PathChart.y(Stage.ACTION));
		assertThat(PathChart.y(Stage.PRE_CONTEMPLATION)).isLessThan(PathChart.y(Stage.LAPSE));
		assertThat(chart.points().get(3).y()).isEqualTo(chart.points().get(5).y()).isEqualTo(PathChart.y(Stage.ACTION));
		assertThat(chart.points().get(0).y()).isEqualTo(PathChart.y(Stage.PRE_CONTEMPLATION));
		// only the lapse is marked as one
		assertThat(chart.points()).extracting(PathChart.Point::lapse)
			.containsExactly(false, false, false, false, true, false);
		assertThat(chart.rows()).hasSize(6).extracting(PathChart.Row::stage).containsExactly(Stage.byRow());
		// all inside the plot
		chart.points().forEach(p -> {
			assertThat(p.x()).isBetween(chart.plotLeft(), chart.plotRight());
			assertThat(p.y()).isBetween(chart.plotTop(), chart.plotBottom());
		});
	}

	@Test
	void thePathStepsAcrossThenToTheNewStageAndRunsOnToToday() {
		PathChart chart = PathChart.of(entries(Stage.CONTEMPLATION, Stage.ACTION));
		PathChart.Point first = chart.points().get(0);
		PathChart.Point second = chart.points().get(1);

		assertThat(chart.path())
			.isEqualTo("M%d %d H%d V%d H%d".formatted(first.x(), first.y(), second.x(), second.y(), chart.plotRight()));
	}

	@Test
	void oneEntryIsOneMarkerInTheMiddleAndNoEntriesNoPath() {
		PathChart one = PathChart.of(entries(Stage.PREPARATION));
		assertThat(one.points()).singleElement()
			.satisfies(p -> assertThat(p.x()).isEqualTo((one.plotLeft() + one.plotRight()) / 2));

		PathChart none = PathChart.of(List.of());
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.path()).isEmpty();
		assertThat(none.rows()).hasSize(6);
	}

	@Test
	void theDateUnderAColumnIsShort() {
		PathChart chart = PathChart.of(entries(Stage.ACTION));
		assertThat(chart.points().get(0).shortDate()).isEqualTo("5 Jan 26");
	}

	@Test
	void movesForwardAreToALaterStageNeverALapseNorOutOfOne() {
		assertThat(Stage.isForward(Stage.CONTEMPLATION, Stage.PREPARATION)).isTrue();
		assertThat(Stage.isForward(Stage.PRE_CONTEMPLATION, Stage.ACTION)).isTrue();
		assertThat(Stage.isForward(Stage.ACTION, Stage.CONTEMPLATION)).isFalse();
		assertThat(Stage.isForward(Stage.ACTION, Stage.LAPSE)).isFalse();
		assertThat(Stage.isForward(Stage.LAPSE, Stage.ACTION)).isFalse();
		assertThat(Stage.isForward(null, Stage.ACTION)).isFalse();
	}

	private static List<Issue.Entry> entries(Stage... stages) {
		List<Issue.Entry> entries = new ArrayList<>();
		for (int i = 0; i < stages.length; i++) {
			entries
				.add(new Issue.Entry((long) i, stages[i], START.plusWeeks(i), null, null, Instant.EPOCH, null, false));
		}
		return entries;
	}

}
