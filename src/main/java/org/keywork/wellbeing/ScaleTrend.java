package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One scale's readings of a person, oldest first, as the reader may see them: the first
 * and the latest score, the change between them, the chart, and when the next falls due.
 */
public record ScaleTrend(Scale scale, List<Reading> readings, TrendChart chart, LocalDate nextDue) {

	public ScaleTrend {
		readings = List.copyOf(readings);
	}

	public Reading first() {
		return this.readings.get(0);
	}

	public Reading latest() {
		return this.readings.get(this.readings.size() - 1);
	}

	/** Latest minus first score (metric scores for SWEMWBS); zero with one reading. */
	public BigDecimal change() {
		return latest().score().subtract(first().score());
	}

	public boolean hasChange() {
		return this.readings.size() > 1;
	}

	/** How much it changed, without a sign (the words say up or down). */
	public String changeText() {
		return WellbeingScoring.text(this.scale, change().abs());
	}

	/** -1, 0 or 1: went down, stayed the same, went up. */
	public int direction() {
		return change().signum();
	}

}
