package org.keywork.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.keywork.sharing.WithholdReason;

/**
 * One star reading as its reader may see it: the date it was taken, the measure, a score
 * per area agreed with the person (by area id), and whether it is shared with the person.
 * {@code revision} above 1 means it was corrected after the day it was recorded.
 */
public record Reading(Long id, Long personId, Long measureId, LocalDate takenOn, int revision, boolean withheld,
		WithholdReason withheldReason, String withheldDetail, Instant recordedAt, Long recordedBy, Instant correctedAt,
		String correctionReason, Instant ownViewAt, long version, Map<Long, Score> scores) {

	public Reading {
		scores = Map.copyOf(scores);
	}

	/** The same reading with these scores. */
	Reading withScores(Map<Long, Score> scores) {
		return new Reading(this.id, this.personId, this.measureId, this.takenOn, this.revision, this.withheld,
				this.withheldReason, this.withheldDetail, this.recordedAt, this.recordedBy, this.correctedAt,
				this.correctionReason, this.ownViewAt, this.version, scores);
	}

	public boolean isCorrected() {
		return this.revision > 1;
	}

	/** The score agreed for an area, or null. */
	public Integer score(Long areaId) {
		Score score = this.scores.get(areaId);
		return score == null ? null : score.score();
	}

	/** The person's own score for an area, where they see it differently, or null. */
	public Integer ownScore(Long areaId) {
		Score score = this.scores.get(areaId);
		return score == null ? null : score.ownScore();
	}

	public String note(Long areaId) {
		Score score = this.scores.get(areaId);
		return score == null ? null : score.note();
	}

	/** Whether the person gave a score of their own for any area. */
	public boolean hasOwnView() {
		return this.scores.values().stream().anyMatch(score -> score.ownScore() != null);
	}

	/** One area of a reading. */
	public record Score(Long areaId, int score, Integer ownScore, String note) {
	}

}
