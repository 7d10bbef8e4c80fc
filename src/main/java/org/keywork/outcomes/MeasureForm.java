package org.keywork.outcomes;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * An organisation's own star-style measure: its name, its areas one per line ("name" or
 * "name: short description") and its ladder as rows of a stage name and a band of scores.
 * Everything typed is kept as text, so that it is shown again when something is wrong.
 */
class MeasureForm {

	static final int STAGE_ROWS = 10;

	static final int MIN_AREAS = 3;

	static final int MAX_AREAS = 16;

	@NotBlank(message = "{measure.name.required}")
	@Size(max = 120, message = "{measure.name.size}")
	private String name;

	@Size(max = 1000, message = "{measure.description.size}")
	private String description;

	@NotBlank(message = "{measure.areas.required}")
	@Size(max = 8000, message = "{measure.areas.size}")
	private String areas;

	private List<StageRow> stages = new ArrayList<>();

	MeasureForm() {
		for (int i = 0; i < STAGE_ROWS; i++) {
			this.stages.add(new StageRow());
		}
	}

	/**
	 * The areas, bands and names: at least {@value #MIN_AREAS} areas with names of at
	 * most 120 characters; every stage named; bands whole numbers from 1 to 10, from no
	 * more than to, covering 1 to 10 with no overlap.
	 */
	void validate(Errors errors) {
		if (this.areas != null && !this.areas.isBlank()) {
			List<AreaLine> lines = areaLines();
			if (lines.size() < MIN_AREAS || lines.size() > MAX_AREAS) {
				errors.rejectValue("areas", "measure.areas.count", new Object[] { MIN_AREAS, MAX_AREAS }, null);
			}
			else if (lines.stream()
				.anyMatch(line -> line.name().length() > 120
						|| (line.description() != null && line.description().length() > 300))) {
				errors.rejectValue("areas", "measure.areas.lineSize");
			}
		}
		boolean[] covered = new boolean[11];
		boolean any = false;
		for (int i = 0; i < this.stages.size(); i++) {
			StageRow row = this.stages.get(i);
			if (row.isBlank()) {
				continue;
			}
			any = true;
			String prefix = "stages[" + i + "].";
			if (row.getName() == null || row.getName().isBlank()) {
				errors.rejectValue(prefix + "name", "measure.stage.name.required", new Object[] { i + 1 }, null);
			}
			else if (row.getName().strip().length() > 120) {
				errors.rejectValue(prefix + "name", "measure.stage.name.size", new Object[] { i + 1 }, null);
			}
			Integer from = score(row.getLowest());
			Integer to = score(row.getHighest());
			if (from == null) {
				errors.rejectValue(prefix + "lowest", "measure.stage.score", new Object[] { i + 1 }, null);
			}
			if (to == null) {
				errors.rejectValue(prefix + "highest", "measure.stage.score", new Object[] { i + 1 }, null);
			}
			if (from == null || to == null) {
				continue;
			}
			if (from > to) {
				errors.rejectValue(prefix + "highest", "measure.stage.order", new Object[] { i + 1 }, null);
				continue;
			}
			for (int score = from; score <= to; score++) {
				if (covered[score]) {
					errors.rejectValue(prefix + "lowest", "measure.stage.overlap", new Object[] { i + 1, score }, null);
					break;
				}
				covered[score] = true;
			}
		}
		if (!any) {
			errors.rejectValue("stages[0].name", "measure.stages.required");
			return;
		}
		if (!errors.hasFieldErrors("stages*")) {
			for (int score = 1; score <= 10; score++) {
				if (!covered[score]) {
					errors.rejectValue("stages[0].lowest", "measure.stages.gap", new Object[] { score }, null);
					break;
				}
			}
		}
	}

	/** A whole score from 1 to 10, or null. */
	static Integer score(String text) {
		if (text == null || !text.strip().matches("\\d{1,2}")) {
			return null;
		}
		int value = Integer.parseInt(text.strip());
		return value >= 1 && value <= 10 ? value : null;
	}

	/** The areas as typed, blank lines left out. */
	List<AreaLine> areaLines() {
		List<AreaLine> lines = new ArrayList<>();
		if (this.areas == null) {
			return lines;
		}
		for (String line : this.areas.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			String name = (colon < 0 ? line : line.substring(0, colon)).strip();
			String description = colon < 0 ? null : line.substring(colon + 1).strip();
			if (name.isEmpty()) {
				continue;
			}
			lines.add(new AreaLine(name, description == null || description.isEmpty() ? null : description));
		}
		return lines;
	}

	/** The stage rows with something in them, lowest band first. */
	List<StageRow> filledStages() {
		return this.stages.stream()
			.filter(row -> !row.isBlank())
			.sorted((a, b) -> Integer.compare(score(a.getLowest()), score(b.getLowest())))
			.toList();
	}

	record AreaLine(String name, String description) {
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getAreas() {
		return this.areas;
	}

	public void setAreas(String areas) {
		this.areas = areas;
	}

	public List<StageRow> getStages() {
		return this.stages;
	}

	public void setStages(List<StageRow> stages) {
		this.stages = stages;
	}

	/** One stage of the ladder as typed. */
	public static class StageRow {

		private String name;

		private String lowest;

		private String highest;

		boolean isBlank() {
			return blank(this.name) && blank(this.lowest) && blank(this.highest);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getLowest() {
			return this.lowest;
		}

		public void setLowest(String lowest) {
			this.lowest = lowest;
		}

		public String getHighest() {
			return this.highest;
		}

		public void setHighest(String highest) {
			this.highest = highest;
		}

	}

}
