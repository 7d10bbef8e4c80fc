package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a wellbeing scale is scored (facts: the scale's authors). Each statement is
 * answered 1 (None of the time) to 5 (All of the time); no statement is reverse-scored.
 * The total is the sum, and only when every statement is answered: a missing answer is
 * never imputed, the form then has no total. SWEMWBS raw totals (7–35) are converted to
 * the metric score before they are compared or averaged.
 */
public final class WellbeingScoring {

	static final int LOWEST_ANSWER = 1;

	static final int HIGHEST_ANSWER = 5;

	/** The SWEMWBS metric score for each raw total, 7 to 35 (the authors' table). */
	private static final String[] SWEMWBS_METRIC = { "7.00", "9.51", "11.25", "12.40", "13.33", "14.08", "14.75",
			"15.32", "15.84", "16.36", "16.88", "17.43", "17.98", "18.59", "19.25", "19.98", "20.73", "21.54", "22.35",
			"23.21", "24.11", "25.03", "26.02", "27.03", "28.13", "29.31", "30.70", "32.55", "35.00" };

	private WellbeingScoring() {
	}

	/**
	 * The raw total of the answers, one per statement of the scale (null for a statement
	 * not answered); empty unless every statement has an answer from 1 to 5.
	 */
	public static OptionalInt rawTotal(Scale scale, Collection<Integer> answers) {
		if (answers.size() != scale.items() || answers.stream().anyMatch(Objects::isNull)) {
			return OptionalInt.empty();
		}
		if (answers.stream().anyMatch(answer -> answer < LOWEST_ANSWER || answer > HIGHEST_ANSWER)) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(answers.stream().mapToInt(Integer::intValue).sum());
	}

	/**
	 * The score to compare and average: the raw total for WEMWBS, the metric score for
	 * SWEMWBS; empty when the form is incomplete.
	 */
	public static Optional<BigDecimal> score(Scale scale, Collection<Integer> answers) {
		OptionalInt raw = rawTotal(scale, answers);
		return raw.isPresent() ? Optional.of(score(scale, raw.getAsInt())) : Optional.empty();
	}

	/** The score to compare for a complete raw total of the scale. */
	public static BigDecimal score(Scale scale, int rawTotal) {
		if (rawTotal < scale.minimum() || rawTotal > scale.maximum()) {
			throw new IllegalArgumentException(scale + " raw total out of range: " + rawTotal);
		}
		return scale == Scale.SWEMWBS ? swemwbsMetric(rawTotal) : new BigDecimal(rawTotal).setScale(2);
	}

	/**
	 * A score or a difference of scores as shown: two decimals for SWEMWBS metric scores,
	 * whole numbers for WEMWBS.
	 */
	public static String text(Scale scale, BigDecimal value) {
		return scale == Scale.SWEMWBS ? value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
				: value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	/** The SWEMWBS metric score of a raw total from 7 to 35. */
	public static BigDecimal swemwbsMetric(int rawTotal) {
		if (rawTotal < Scale.SWEMWBS.minimum() || rawTotal > Scale.SWEMWBS.maximum()) {
			throw new IllegalArgumentException("SWEMWBS raw total out of range: " + rawTotal);
		}
		return new BigDecimal(SWEMWBS_METRIC[rawTotal - Scale.SWEMWBS.minimum()]);
	}

}
