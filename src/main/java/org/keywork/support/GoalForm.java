package org.keywork.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A goal of the Action Plan, in the person's own words. */
class GoalForm {

	@NotBlank(message = "{actionPlan.goal.required}")
	@Size(max = 500, message = "{actionPlan.goal.size}")
	private String goal;

	@NotBlank(message = "{actionPlan.area.required}")
	private String area;

	@Size(max = 1000, message = "{actionPlan.whyItMatters.size}")
	private String whyItMatters;

	private Long version;

	static GoalForm from(ActionPlanContent.Goal goal, long version) {
		GoalForm form = new GoalForm();
		form.goal = goal.getGoal();
		form.area = goal.getArea();
		form.whyItMatters = goal.getWhyItMatters();
		form.version = version;
		return form;
	}

	void applyTo(ActionPlanContent.Goal target) {
		target.setGoal(this.goal.trim());
		target.setArea(this.area);
		target.setWhyItMatters(
				this.whyItMatters == null || this.whyItMatters.isBlank() ? null : this.whyItMatters.trim());
	}

	public String getGoal() {
		return this.goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getWhyItMatters() {
		return this.whyItMatters;
	}

	public void setWhyItMatters(String whyItMatters) {
		this.whyItMatters = whyItMatters;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
