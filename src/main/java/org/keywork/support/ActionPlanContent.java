package org.keywork.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Action Plan: goals in the person's own words, each broken into small steps with who
 * does what by when.
 */
public final class ActionPlanContent implements RecordContent {

	private List<Goal> goals = new ArrayList<>();

	public List<Goal> getGoals() {
		return this.goals;
	}

	public void setGoals(List<Goal> goals) {
		this.goals = goals;
	}

	public Optional<Goal> goal(String id) {
		return this.goals.stream().filter(goal -> goal.getId().equals(id)).findFirst();
	}

	public Optional<Step> step(String id) {
		return this.goals.stream()
			.flatMap(goal -> goal.getSteps().stream())
			.filter(s -> s.getId().equals(id))
			.findFirst();
	}

	/** A goal, tied to a life area, with why it matters to the person. */
	public static class Goal {

		private String id;

		private String area;

		private String goal;

		private String whyItMatters;

		private List<Step> steps = new ArrayList<>();

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getArea() {
			return this.area;
		}

		public void setArea(String area) {
			this.area = area;
		}

		public String getGoal() {
			return this.goal;
		}

		public void setGoal(String goal) {
			this.goal = goal;
		}

		public String getWhyItMatters() {
			return this.whyItMatters;
		}

		public void setWhyItMatters(String whyItMatters) {
			this.whyItMatters = whyItMatters;
		}

		public List<Step> getSteps() {
			return this.steps;
		}

		public void setSteps(List<Step> steps) {
			this.steps = steps;
		}

		/**
		 * Steps done, out of the steps that still count (those no longer needed are left
		 * out).
		 */
		@JsonIgnore
		public int getDoneCount() {
			return (int) this.steps.stream().filter(step -> step.getStatus() == StepStatus.DONE).count();
		}

		@JsonIgnore
		public int getCountedSteps() {
			return (int) this.steps.stream().filter(step -> step.getStatus() != StepStatus.NO_LONGER_NEEDED).count();
		}

		/** Progress as a whole percentage, 0 when there are no steps that count. */
		@JsonIgnore
		public int getProgressPercent() {
			int counted = getCountedSteps();
			return counted == 0 ? 0 : Math.round(100f * getDoneCount() / counted);
		}

	}

	/** One small step towards a goal. */
	public static class Step {

		private String id;

		private String what;

		private StepOwner who = StepOwner.PERSON;

		private String whoOther;

		private LocalDate due;

		private StepStatus status = StepStatus.NOT_STARTED;

		private LocalDate completedOn;

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
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

		public LocalDate getCompletedOn() {
			return this.completedOn;
		}

		public void setCompletedOn(LocalDate completedOn) {
			this.completedOn = completedOn;
		}

	}

}
