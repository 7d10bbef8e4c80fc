package org.keywork.support;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** One step of a goal: what, who, by when, and where it has got to. */
class StepForm {

	@NotBlank(message = "{actionPlan.step.what.required}")
	@Size(max = 500, message = "{actionPlan.step.what.size}")
	private String what;

	@NotNull(message = "{actionPlan.step.who.required}")
	private StepOwner who = StepOwner.PERSON;

	@Size(max = 200, message = "{actionPlan.step.whoOther.size}")
	private String whoOther;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate due;

	@NotNull(message = "{actionPlan.step.status.required}")
	private StepStatus status = StepStatus.NOT_STARTED;

	private Long version;

	static StepForm from(ActionPlanContent.Step step, long version) {
		StepForm form = new StepForm();
		form.what = step.getWhat();
		form.who = step.getWho();
		form.whoOther = step.getWhoOther();
		form.due = step.getDue();
		form.status = step.getStatus();
		form.version = version;
		return form;
	}

	void validate(Errors errors) {
		if (this.who == StepOwner.OTHER_AGENCY && (this.whoOther == null || this.whoOther.isBlank())) {
			errors.rejectValue("whoOther", "actionPlan.step.whoOther.required");
		}
	}

	void applyTo(ActionPlanContent.Step step, LocalDate today) {
		step.setWhat(this.what.trim());
		step.setWho(this.who);
		step.setWhoOther(this.who == StepOwner.OTHER_AGENCY ? this.whoOther.trim() : null);
		step.setDue(this.due);
		if (step.getStatus() != this.status) {
			step.setCompletedOn(this.status == StepStatus.DONE ? today : null);
		}
		step.setStatus(this.status);
	}

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	public StepOwner getWho() {
		return this.who;
	}

	public void setWho(StepOwner who) {
		this.who = who;
	}

	public String getWhoOther() {
		return this.whoOther;
	}

	public void setWhoOther(String whoOther) {
		this.whoOther = whoOther;
	}

	public LocalDate getDue() {
		return this.due;
	}

	public void setDue(LocalDate due) {
		this.due = due;
	}

	public StepStatus getStatus() {
		return this.status;
	}

	public void setStatus(StepStatus status) {
		this.status = status;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
