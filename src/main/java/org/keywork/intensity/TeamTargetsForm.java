package org.keywork.intensity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A team's contact target and review interval for each support level, with the version of
 * each level's row as it was read (null: the team had none and used the built-in target).
 */
class TeamTargetsForm {

	private List<@Valid Row> rows = new ArrayList<>();

	static TeamTargetsForm from(Map<Level, TeamTargets.Stored> stored) {
		TeamTargetsForm form = new TeamTargetsForm();
		for (Level level : Level.values()) {
			TeamTargets.Stored s = stored.get(level);
			Row row = new Row();
			row.setLevel(level);
			row.setContactDays(s.contactDays());
			row.setReviewDays(s.reviewDays());
			row.setVersion(s.version());
			form.rows.add(row);
		}
		return form;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One level's targets. */
	public static class Row {

		@NotNull
		private Level level;

		@NotNull(message = "{intensity.team.contactDays.range}")
		@Min(value = 1, message = "{intensity.team.contactDays.range}")
		@Max(value = 90, message = "{intensity.team.contactDays.range}")
		private Integer contactDays;

		@NotNull(message = "{intensity.team.reviewDays.range}")
		@Min(value = 7, message = "{intensity.team.reviewDays.range}")
		@Max(value = 365, message = "{intensity.team.reviewDays.range}")
		private Integer reviewDays;

		private Long version;

		public Level getLevel() {
			return this.level;
		}

		public void setLevel(Level level) {
			this.level = level;
		}

		public Integer getContactDays() {
			return this.contactDays;
		}

		public void setContactDays(Integer contactDays) {
			this.contactDays = contactDays;
		}

		public Integer getReviewDays() {
			return this.reviewDays;
		}

		public void setReviewDays(Integer reviewDays) {
			this.reviewDays = reviewDays;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
