package org.keywork.support;

import java.time.Clock;
import java.time.LocalDate;

import org.keywork.security.KeyworkUser;
import org.keywork.support.SupportRecordEvent.Action;
import org.keywork.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Each change to an Action Plan, one method per action: goals and steps are written in a
 * draft (checked, loaded, changed and written to the history through
 * {@link SupportRecordChanges#edit}); progress on a step can be recorded on an agreed
 * plan too.
 */
@Service
class ActionPlanChanges {

	private final SupportRecordChanges records;

	private final Clock clock;

	ActionPlanChanges(SupportRecordChanges records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	void addGoal(KeyworkUser user, Long personId, GoalForm form) {
		this.records.edit(user, personId, RecordKind.ACTION_PLAN, form.getVersion(), ActionPlanContent.class, plan -> {
			ActionPlanContent.Goal goal = new ActionPlanContent.Goal();
			goal.setId(SupportRecordChanges.newId());
			form.applyTo(goal);
			plan.getGoals().add(goal);
			return HistoryLine.of(Action.GOAL_ADDED, goal.getId(), goal.getGoal());
		});
	}

	void changeGoal(KeyworkUser user, Long personId, String goalId, GoalForm form) {
		this.records.edit(user, personId, RecordKind.ACTION_PLAN, form.getVersion(), ActionPlanContent.class, plan -> {
			ActionPlanContent.Goal goal = plan.goal(goalId).orElseThrow(() -> new NotFoundException("Goal", goalId));
			form.applyTo(goal);
			return HistoryLine.of(Action.GOAL_CHANGED, goal.getId(), goal.getGoal());
		});
	}

	void addStep(KeyworkUser user, Long personId, String goalId, StepForm form) {
		this.records.edit(user, personId, RecordKind.ACTION_PLAN, form.getVersion(), ActionPlanContent.class, plan -> {
			ActionPlanContent.Goal goal = plan.goal(goalId).orElseThrow(() -> new NotFoundException("Goal", goalId));
			ActionPlanContent.Step step = new ActionPlanContent.Step();
			step.setId(SupportRecordChanges.newId());
			form.applyTo(step, today());
			goal.getSteps().add(step);
			return HistoryLine.of(Action.STEP_ADDED, step.getId(), step.getWhat());
		});
	}

	void changeStep(KeyworkUser user, Long personId, String stepId, StepForm form) {
		this.records.edit(user, personId, RecordKind.ACTION_PLAN, form.getVersion(), ActionPlanContent.class, plan -> {
			ActionPlanContent.Step step = plan.step(stepId).orElseThrow(() -> new NotFoundException("Step", stepId));
			form.applyTo(step, today());
			return HistoryLine.of(Action.STEP_CHANGED, step.getId(), step.getWhat());
		});
	}

	/**
	 * Progress on a step: allowed on an agreed plan too (progress is not a change of
	 * plan).
	 */
	void recordProgress(KeyworkUser user, Long personId, String stepId, StepStatus status, Long version) {
		this.records.updateStep(user, personId, stepId, status, version);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
