package org.keywork.changecycle;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The geometry of the team view's chart: bars scaled to the largest number. */
class StageBarsTests {

	@Test
	void barsAreScaledToTheLargestNumberOneRowPerStage() {
		StageBars bars = StageBars.of(List.of(new TeamCycle.StageRow(Stage.CONSOLIDATION, 0, 0),
				new TeamCycle.StageRow(Stage.ACTION, 4, 2), new TeamCycle.StageRow(Stage.LAPSE, 2, 1)));

		assertThat(bars.bars()).hasSize(3);
		StageBars.Bar action = bars.bars().get(1);
		assertThat(action.nowLength()).isEqualTo(bars.plotRight() - bars.plotLeft() - 30);
		assertThat(action.movesLength()).isEqualTo(action.nowLength() / 2);
		assertThat(bars.bars().get(0).nowLength()).isZero();
		assertThat(bars.bars().get(2).now()).isEqualTo(2);
		assertThat(bars.bars().get(1).y()).isGreaterThan(bars.bars().get(0).y());
		assertThat(action.movesY()).isGreaterThan(action.y());
	}

	@Test
	void nothingAtAllDrawsEmptyBarsNotADivisionByZero() {
		StageBars bars = StageBars.of(List.of(new TeamCycle.StageRow(Stage.ACTION, 0, 0)));
		assertThat(bars.bars().get(0).nowLength()).isZero();
	}

}
