package org.keywork.outcomes;

import java.util.List;
import java.util.Optional;

/**
 * A star-style measure: its areas (in order) and its ladder of stages, each a band of
 * scores over 1–10.
 */
public record Measure(Long id, String name, String description, boolean active, boolean isDefault, List<Area> areas,
		List<Stage> stages) {

	public Measure {
		areas = List.copyOf(areas);
		stages = List.copyOf(stages);
	}

	/** The stage a score falls in (none only for a measure whose bands leave gaps). */
	public Optional<Stage> stageOf(int score) {
		return this.stages.stream().filter(stage -> stage.contains(score)).findFirst();
	}

	/** One area of the measure (an axis of the star). */
	public record Area(Long id, String name, String description, int position) {
	}

	/** One stage of the ladder: scores {@code from} to {@code to} inclusive. */
	public record Stage(Long id, String name, int from, int to) {

		public boolean contains(int score) {
			return score >= this.from && score <= this.to;
		}

	}

}
