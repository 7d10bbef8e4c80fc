package org.keywork.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

	/** What the aspirations were when the form was made ({@link #fingerprint}). */
	private String aspirationsBase;

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
			content.area(option.code()).ifPresent(area::take);
			form.areas.add(area);
		}
		// an area no longer on the list keeps its words: still shown, so nothing is lost
		for (OverviewContent.AreaEntry entry : content.getAreas()) {
			boolean listed = lifeAreas.stream().anyMatch(option -> option.code().equals(entry.getId()));
			if (!listed && !entry.isEmpty()) {
				Area area = new Area();
				area.code = entry.getId();
				area.take(entry);
				form.areas.add(area);
			}
		}
		form.version = version;
		form.aspirationsBase = fingerprint(form.aspirations);
		form.areas.forEach(area -> area.base = area.fingerprint());
		return form;
	}

	/**
	 * After a conflict: takes into the form what someone else saved meanwhile in every
	 * part this editor left as it was when the form was made, and keeps what this editor
	 * changed. Without it, saving again would put back the older words of the parts the
	 * other person changed. Each part's base becomes {@code current}'s, so the next save
	 * is measured against it.
	 * @return the codes of the life areas (and {@code aspirations}) both changed, where
	 * this editor's words are kept
	 */
	List<String> takeChangesOf(OverviewContent current) {
		List<String> both = new ArrayList<>();
		String theirs = fingerprint(current.getAspirations());
		if (fingerprint(this.aspirations).equals(this.aspirationsBase)) {
			this.aspirations = current.getAspirations();
		}
		else if (!theirs.equals(this.aspirationsBase)) {
			both.add("aspirations");
		}
		this.aspirationsBase = theirs;
		for (Area area : this.areas) {
			Area now = new Area();
			current.area(area.code).ifPresent(now::take);
			String nowPrint = now.fingerprint();
			if (area.fingerprint().equals(area.base)) {
				area.need = now.need;
				area.strengths = now.strengths;
				area.priority = now.priority;
				area.ownWords = now.ownWords;
			}
			else if (!nowPrint.equals(area.base)) {
				both.add(area.code);
			}
			area.base = nowPrint;
		}
		return both;
	}

	/**
	 * A short digest of some words, the same whether a browser sent a line break as CRLF
	 * or not and whether a field is empty or absent.
	 */
	static String fingerprint(Object... parts) {
		StringBuilder text = new StringBuilder();
		for (Object part : parts) {
			String value = (part == null) ? "" : part.toString().replace("\r\n", "\n").strip();
			text.append(value.length()).append(':').append(value).append('|');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String getAspirationsBase() {
		return this.aspirationsBase;
	}

	public void setAspirationsBase(String aspirationsBase) {
		this.aspirationsBase = aspirationsBase;
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

		/**
		 * What this area was when the form was made ({@link OverviewForm#fingerprint}).
		 */
		private String base;

		/** The words of a saved area (a priority never set is none). */
		private void take(OverviewContent.AreaEntry entry) {
			this.need = entry.getNeed();
			this.strengths = entry.getStrengths();
			this.priority = (entry.getPriority() == null) ? Priority.NONE : entry.getPriority();
			this.ownWords = entry.getOwnWords();
		}

		String fingerprint() {
			Priority shown = (this.priority == null) ? Priority.NONE : this.priority;
			return OverviewForm.fingerprint(this.need, this.strengths, shown, this.ownWords);
		}

		public String getBase() {
			return this.base;
		}

		public void setBase(String base) {
			this.base = base;
		}

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
