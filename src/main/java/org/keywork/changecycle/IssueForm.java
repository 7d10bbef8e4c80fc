package org.keywork.changecycle;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.keywork.sharing.WithholdingFields;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A new issue in the person's own words, with the stage they are in now. */
class IssueForm extends WithholdingFields {

	@NotBlank(message = "{changecycle.name.required}")
	@Size(max = 200, message = "{changecycle.name.size}")
	private String name;

	@NotNull(message = "{changecycle.stage.required}")
	private Stage stage;

	@NotNull(message = "{changecycle.on.required}")
	@PastOrPresent(message = "{changecycle.on.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	@Size(max = 2000, message = "{changecycle.words.size}")
	private String words;

	void validate(Errors errors) {
		validateWithholding(errors);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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
