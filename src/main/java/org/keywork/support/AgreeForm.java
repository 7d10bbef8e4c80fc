package org.keywork.support;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Agreeing a draft with the person: when, what they said, and when to review it. */
class AgreeForm {

	@NotNull(message = "{support.agree.on.required}")
	@PastOrPresent(message = "{support.agree.on.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate agreedOn;

	@Size(max = 2000, message = "{support.agree.comment.size}")
	private String personComment;

	@NotNull(message = "{support.agree.reviewDue.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reviewDue;

	private Long version;

	public LocalDate getAgreedOn() {
		return this.agreedOn;
	}

	public void setAgreedOn(LocalDate agreedOn) {
		this.agreedOn = agreedOn;
	}

	public String getPersonComment() {
		return this.personComment;
	}

	public void setPersonComment(String personComment) {
		this.personComment = personComment;
	}

	public LocalDate getReviewDue() {
		return this.reviewDue;
	}

	public void setReviewDue(LocalDate reviewDue) {
		this.reviewDue = reviewDue;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
