package org.keywork.support;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Editing a Support Overview draft: the person's aspirations and, per life area, need,
 * strengths and own words.
 */
class OverviewForm {

	static final int TEXT_MAX = 2000;

	@Size(max = 4000, message = "{overview.aspirations.size}")
	private String aspirations;

	private List<@Valid Area> areas = new ArrayList<>();

	private Long version;

	/**
	 * A form for the overview as it stands, with every configured life area in the
	 * configured order.
	 */
	static OverviewForm of(OverviewContent content, List<SupportLists.Option> lifeAreas, long version) {
		OverviewForm form = new OverviewForm();
		form.aspirations = content.getAspirations();
		for (SupportLists.Option option : lifeAreas) {
			Area area = new Area();
			area.code = option.code();
			content.area(option.code()).ifPresent(entry -> {
				area.need = entry.getNeed();
				area.strengths = entry.getStrengths();
				area.priority = entry.getPriority();
				area.ownWords = entry.getOwnWords();
			});
			form.areas.add(area);
		}
		// an area no longer on the list keeps its words: still shown, so nothing is lost
		for (OverviewContent.AreaEntry entry : content.getAreas()) {
			boolean listed = lifeAreas.stream().anyMatch(option -> option.code().equals(entry.getId()));
			if (!listed && !entry.isEmpty()) {
				Area area = new Area();
				area.code = entry.getId();
				area.need = entry.getNeed();
				area.strengths = entry.getStrengths();
				area.priority = entry.getPriority();
				area.ownWords = entry.getOwnWords();
				form.areas.add(area);
			}
		}
		form.version = version;
		return form;
	}

	public String getAspirations() {
		return this.aspirations;
	}

	public void setAspirations(String aspirations) {
		this.aspirations = aspirations;
	}

	public List<Area> getAreas() {
		return this.areas;
	}

	public void setAreas(List<Area> areas) {
		this.areas = areas;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/**
	 * One life area on the form; {@code code} is the life area's code (a hidden field).
	 */
	public static class Area {

		private String code;

		@Size(max = TEXT_MAX, message = "{overview.area.need.size}")
		private String need;

		@Size(max = TEXT_MAX, message = "{overview.area.strengths.size}")
		private String strengths;

		private Priority priority = Priority.NONE;

		@Size(max = TEXT_MAX, message = "{overview.area.ownWords.size}")
		private String ownWords;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
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

	}

}
