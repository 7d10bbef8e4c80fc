package org.keywork.earlywarning;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * Progress on one step of the checklist: done or not, when, who did it, a note. Carries
 * the episode and the step's version as read.
 */
class StepForm {

	private boolean done;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate doneOn;

	@Size(max = 200, message = "{earlywarning.who.size}")
	private String who;

	@Size(max = 2000, message = "{earlywarning.note.size}")
	private String note;

	private Long episodeId;

	private long version;

	static StepForm of(Warning warning, Warning.Step step) {
		StepForm form = new StepForm();
		form.done = step.done();
		form.doneOn = step.doneOn();
		form.who = step.who();
		form.note = step.note();
		form.episodeId = warning.episodeId();
		form.version = step.version();
		return form;
	}

	/**
	 * A step done has a date, not in the future; a form with nothing in it, for a step
	 * with nothing recorded yet, records nothing (it would start the response with an
	 * empty entry).
	 */
	void validate(Errors errors, LocalDate today, Warning.Step current) {
		if (recordsNothing() && !current.done() && current.doneOn() == null && current.who() == null
				&& current.note() == null && !errors.hasErrors()) {
			errors.rejectValue("done", "earlywarning.step.empty");
		}
		if (this.done && this.doneOn == null && !errors.hasFieldErrors("doneOn")) {
			errors.rejectValue("doneOn", "earlywarning.doneOn.required");
		}
		if (this.doneOn != null && this.doneOn.isAfter(today)) {
			errors.rejectValue("doneOn", "earlywarning.doneOn.future");
		}
	}

	private boolean recordsNothing() {
		return !this.done && this.doneOn == null && (this.who == null || this.who.isBlank())
				&& (this.note == null || this.note.isBlank());
	}

	EarlyWarnings.Progress progress() {
		return new EarlyWarnings.Progress(this.done, this.doneOn, this.who, this.note);
	}

	public boolean isDone() {
		return this.done;
	}

	public void setDone(boolean done) {
		this.done = done;
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

	public void setDoneOn(LocalDate doneOn) {
		this.doneOn = doneOn;
	}

	public String getWho() {
		return this.who;
	}

	public void setWho(String who) {
		this.who = who;
	}

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
