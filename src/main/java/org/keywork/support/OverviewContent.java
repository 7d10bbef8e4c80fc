package org.keywork.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Support Overview: needs and strengths per life area, and the person's aspirations. */
public final class OverviewContent implements RecordContent {

	private String aspirations;

	private List<AreaEntry> areas = new ArrayList<>();

	public String getAspirations() {
		return this.aspirations;
	}

	public void setAspirations(String aspirations) {
		this.aspirations = aspirations;
	}

	public List<AreaEntry> getAreas() {
		return this.areas;
	}

	public void setAreas(List<AreaEntry> areas) {
		this.areas = areas;
	}

	public Optional<AreaEntry> area(String code) {
		return this.areas.stream().filter(entry -> code.equals(entry.getId())).findFirst();
	}

	/**
	 * One life area. Its {@code id} is the life area's code, so versions can be compared
	 * area by area.
	 */
	public static class AreaEntry {

		private String id;

		private String need;

		private String strengths;

		private Priority priority = Priority.NONE;

		private String ownWords;

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getNeed() {
			return this.need;
		}

		public void setNeed(String need) {
			this.need = need;
		}

		public String getStrengths() {
			return this.strengths;
		}

		public void setStrengths(String strengths) {
			this.strengths = strengths;
		}

		public Priority getPriority() {
			return this.priority;
		}

		public void setPriority(Priority priority) {
			this.priority = priority;
		}

		public String getOwnWords() {
			return this.ownWords;
		}

		public void setOwnWords(String ownWords) {
			this.ownWords = ownWords;
		}

		@JsonIgnore
		public boolean isEmpty() {
			return isBlank(this.need) && isBlank(this.strengths) && isBlank(this.ownWords)
					&& (this.priority == null || this.priority == Priority.NONE);
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}

	}

}
