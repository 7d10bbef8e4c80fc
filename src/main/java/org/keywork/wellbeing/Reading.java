package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.keywork.sharing.WithholdReason;

/**
 * A completed scale as the reader may see it. {@code score} is what is compared (the
 * metric score for SWEMWBS); {@code recorderName} is null when the reader may not see who
 * recorded it; {@code withheldReason} and {@code withheldDetail} only reach staff.
 */
public record Reading(long id, Scale scale, LocalDate takenOn, Completer completedBy, int rawTotal, BigDecimal score,
		boolean withheld, WithholdReason withheldReason, String withheldDetail, String recorderName) {

	/** Whether the score shown differs from the raw total (SWEMWBS: metric and raw). */
	public boolean hasMetric() {
		return this.scale == Scale.SWEMWBS;
	}

	/**
	 * The score as shown: the metric score for SWEMWBS (two decimals), the total for
	 * WEMWBS.
	 */
	public String scoreText() {
		return WellbeingScoring.text(this.scale, this.score);
	}

}
