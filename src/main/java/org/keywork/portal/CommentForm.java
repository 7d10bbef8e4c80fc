package org.keywork.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The person's own words on their plan, or on one goal or step of it ({@code about} empty
 * for the whole plan).
 */
class CommentForm {

	private String about;

	@NotBlank(message = "{portal.comment.required}")
	@Size(max = 2000, message = "{portal.comment.size}")
	private String text;

	public String getAbout() {
		return this.about;
	}

	public void setAbout(String about) {
		this.about = about;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
