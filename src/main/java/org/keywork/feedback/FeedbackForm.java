package org.keywork.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Four statements rated 1 (not at all) to 5 (all of the time), and anything else in the
 * person's own words.
 */
class FeedbackForm {

	@NotNull(message = "{feedback.rating.required.listenedTo}")
	@Min(value = 1, message = "{feedback.rating.required.listenedTo}")
	@Max(value = 5, message = "{feedback.rating.required.listenedTo}")
	private Integer listenedTo;

	@NotNull(message = "{feedback.rating.required.supportWhenNeeded}")
	@Min(value = 1, message = "{feedback.rating.required.supportWhenNeeded}")
	@Max(value = 5, message = "{feedback.rating.required.supportWhenNeeded}")
	private Integer supportWhenNeeded;

	@NotNull(message = "{feedback.rating.required.respected}")
	@Min(value = 1, message = "{feedback.rating.required.respected}")
	@Max(value = 5, message = "{feedback.rating.required.respected}")
	private Integer respected;

	@NotNull(message = "{feedback.rating.required.helping}")
	@Min(value = 1, message = "{feedback.rating.required.helping}")
	@Max(value = 5, message = "{feedback.rating.required.helping}")
	private Integer helping;

	@Size(max = 2000, message = "{feedback.comment.size}")
	private String comment;

	public Integer getListenedTo() {
		return this.listenedTo;
	}

	public void setListenedTo(Integer listenedTo) {
		this.listenedTo = listenedTo;
	}

	public Integer getSupportWhenNeeded() {
		return this.supportWhenNeeded;
	}

	public void setSupportWhenNeeded(Integer supportWhenNeeded) {
		this.supportWhenNeeded = supportWhenNeeded;
	}

	public Integer getRespected() {
		return this.respected;
	}

	public void setRespected(Integer respected) {
		this.respected = respected;
	}

	public Integer getHelping() {
		return this.helping;
	}

	public void setHelping(Integer helping) {
		this.helping = helping;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
