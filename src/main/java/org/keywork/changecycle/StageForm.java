package org.keywork.changecycle;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Where the person is now on one of their open issues, and what they said. */
class StageForm {

	@NotNull(message = "{changecycle.issue.required}")
	private Long issueId;

	@NotNull(message = "{changecycle.stage.required}")
	private Stage stage;

	@NotNull(message = "{changecycle.on.required}")
	@PastOrPresent(message = "{changecycle.on.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	@Size(max = 2000, message = "{changecycle.words.size}")
	private String words;

	public Long getIssueId() {
		return this.issueId;
	}

	public void setIssueId(Long issueId) {
		this.issueId = issueId;
	}

	public Stage getStage() {
		return this.stage;
	}

	public void setStage(Stage stage) {
		this.stage = stage;
	}

	public LocalDate getOn() {
		return this.on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

	public String getWords() {
		return this.words;
	}

	public void setWords(String words) {
		this.words = words;
	}

}
