package org.keywork.earlywarning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closing the episode when the risk has passed: why, in a note. */
class CloseForm {

	@NotBlank(message = "{earlywarning.close.note.required}")
	@Size(max = 2000, message = "{earlywarning.note.size}")
	private String note;

	@NotNull(message = "{earlywarning.stale}")
	private Long episodeId;

	private long version;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getEpisodeId() {
		return this.episodeId;
	}

	public void setEpisodeId(Long episodeId) {
		this.episodeId = episodeId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
