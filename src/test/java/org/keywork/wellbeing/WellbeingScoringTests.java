package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Scoring as the scales' authors define it (facts file): the sum only when every
 * statement is answered, WEMWBS 14–70, SWEMWBS raw 7–35 converted by the authors' table.
 */
class WellbeingScoringTests {

	/** Every row of the SWEMWBS raw-to-metric table, as the facts file gives it. */
	@ParameterizedTest(name = "SWEMWBS raw {0} is metric {1}")
	@CsvSource({ "7,7.00", "8,9.51", "9,11.25", "10,12.40", "11,13.33", "12,14.08", "13,14.75", "14,15.32", "15,15.84",
			"16,16.36", "17,16.88", "18,17.43", "19,17.98", "20,18.59", "21,19.25", "22,19.98", "23,20.73", "24,21.54",
			"25,22.35", "26,23.21", "27,24.11", "28,25.03", "29,26.02", "30,27.03", "31,28.13", "32,29.31", "33,30.70",
			"34,32.55", "35,35.00" })
	void swemwbsRawToMetric(int raw, String metric) {
		assertThat(WellbeingScoring.swemwbsMetric(raw)).isEqualByComparingTo(metric);
		assertThat(WellbeingScoring.score(Scale.SWEMWBS, raw)).isEqualByComparingTo(metric);
		assertThat(WellbeingScoring.text(Scale.SWEMWBS, WellbeingScoring.score(Scale.SWEMWBS, raw))).isEqualTo(metric);
	}

	@Test
	void aSwemwbsFormIsScoredOnTheMetricScale() {
		// raw 3+4+4+4+4+4+3 = 26 → 23.21
		assertThat(WellbeingScoring.score(Scale.SWEMWBS, List.of(3, 4, 4, 4, 4, 4, 3)))
			.hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("23.21"));
		assertThat(WellbeingScoring.rawTotal(Scale.SWEMWBS, List.of(3, 4, 4, 4, 4, 4, 3))).hasValue(26);
	}

	@Test
	void swemwbsRawOutsideSevenToThirtyFiveHasNoMetric() {
		assertThatIllegalArgumentException().isThrownBy(() -> WellbeingScoring.swemwbsMetric(6));
		assertThatIllegalArgumentException().isThrownBy(() -> WellbeingScoring.swemwbsMetric(36));
	}

	@Test
	void wemwbsRunsFromFourteenToSeventy() {
		assertThat(WellbeingScoring.rawTotal(Scale.WEMWBS, Collections.nCopies(14, 1))).hasValue(14);
		assertThat(WellbeingScoring.rawTotal(Scale.WEMWBS, Collections.nCopies(14, 5))).hasValue(70);
		assertThat(WellbeingScoring.score(Scale.WEMWBS, Collections.nCopies(14, 5)))
			.hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo(new BigDecimal(70)));
		assertThat(Scale.WEMWBS.minimum()).isEqualTo(14);
		assertThat(Scale.WEMWBS.maximum()).isEqualTo(70);
		assertThat(Scale.SWEMWBS.minimum()).isEqualTo(7);
		assertThat(Scale.SWEMWBS.maximum()).isEqualTo(35);
		assertThatIllegalArgumentException().isThrownBy(() -> WellbeingScoring.score(Scale.WEMWBS, 13));
		assertThatIllegalArgumentException().isThrownBy(() -> WellbeingScoring.score(Scale.WEMWBS, 71));
	}

	@Test
	void noStatementIsReverseScored() {
		List<Integer> answers = new ArrayList<>(Collections.nCopies(14, 3));
		answers.set(0, 5);
		assertThat(WellbeingScoring.rawTotal(Scale.WEMWBS, answers)).hasValue(44);
	}

	@Test
	void oneMissingAnswerMeansNoTotalNeverAnImputedOne() {
		List<Integer> wemwbs = new ArrayList<>(Collections.nCopies(14, 4));
		wemwbs.set(7, null);
		assertThat(WellbeingScoring.rawTotal(Scale.WEMWBS, wemwbs)).isEmpty();
		assertThat(WellbeingScoring.score(Scale.WEMWBS, wemwbs)).isEmpty();
		List<Integer> swemwbs = new ArrayList<>(Collections.nCopies(7, 4));
		swemwbs.set(6, null);
		assertThat(WellbeingScoring.score(Scale.SWEMWBS, swemwbs)).isEmpty();
		// a statement left out altogether
		assertThat(WellbeingScoring.rawTotal(Scale.WEMWBS, Collections.nCopies(13, 4))).isEmpty();
		assertThat(WellbeingScoring.rawTotal(Scale.SWEMWBS, Collections.nCopies(6, 4))).isEmpty();
	}

	@Test
	void anAnswerOutsideOneToFiveIsNotAnAnswer() {
		assertThat(WellbeingScoring.rawTotal(Scale.SWEMWBS, Arrays.asList(4, 4, 4, 4, 4, 4, 6))).isEmpty();
		assertThat(WellbeingScoring.rawTotal(Scale.SWEMWBS, Arrays.asList(4, 4, 4, 4, 4, 4, 0))).isEmpty();
	}

	@Test
	void scoresAreShownAsTheScaleCountsThem() {
		assertThat(WellbeingScoring.text(Scale.WEMWBS, new BigDecimal("47.00"))).isEqualTo("47");
		assertThat(WellbeingScoring.text(Scale.SWEMWBS, new BigDecimal("3.2"))).isEqualTo("3.20");
	}

}
