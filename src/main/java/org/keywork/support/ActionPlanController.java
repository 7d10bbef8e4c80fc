package org.keywork.support;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.FlashMessage;
import org.keywork.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Goals and steps of a person's Action Plan. Goals and steps are written in a draft;
 * progress on a step can be recorded at any time, on an agreed plan too.
 */
@Controller
@RequestMapping("/service-users/{id}/action-plan")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class ActionPlanController {

	private static final String GOAL_FORM = "support/action-plan/goal-form";

	private static final String STEP_FORM = "support/action-plan/step-form";

	private final ActionPlanChanges changes;

	private final SupportPages pages;

	private final SupportLists lists;

	ActionPlanController(ActionPlanChanges changes, SupportPages pages, SupportLists lists) {
		this.changes = changes;
		this.pages = pages;
		this.lists = lists;
	}

	@GetMapping("/goals/new")
	String newGoal(@PathVariable Long id, Model model) {
		RecordView<ActionPlanContent> plan = plan(id, model);
		GoalForm form = new GoalForm();
		form.setVersion(plan.record().getVersion());
		model.addAttribute("form", form);
		return goalView(model, null);
	}

	@PostMapping("/goals/new")
	String addGoal(@PathVariable Long id, @Valid @ModelAttribute("form") GoalForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		plan(id, model);
		if (result.hasErrors()) {
			return goalView(model, null);
		}
		try {
			this.changes.addGoal(CurrentUser.get(), id, form);
		}
		catch (StaleRecordException ex) {
			return staleGoal(ex, form, model, response, null);
		}
		FlashMessage.success(redirect, "actionPlan.goalAdded");
		return SupportRecordController.redirectTo(id, RecordKind.ACTION_PLAN);
	}

	@GetMapping("/goals/{goalId}/edit")
	String editGoal(@PathVariable Long id, @PathVariable String goalId, Model model) {
		RecordView<ActionPlanContent> plan = plan(id, model);
		ActionPlanContent.Goal goal = plan.content()
			.goal(goalId)
			.orElseThrow(() -> new NotFoundException("Goal", goalId));
		model.addAttribute("form", GoalForm.from(goal, plan.record().getVersion()));
		return goalView(model, goalId);
	}

	@PostMapping("/goals/{goalId}/edit")
	String updateGoal(@PathVariable Long id, @PathVariable String goalId, @Valid @ModelAttribute("form") GoalForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		plan(id, model).content().goal(goalId).orElseThrow(() -> new NotFoundException("Goal", goalId));
		if (result.hasErrors()) {
			return goalView(model, goalId);
		}
		try {
			this.changes.changeGoal(CurrentUser.get(), id, goalId, form);
		}
		catch (StaleRecordException ex) {
			return staleGoal(ex, form, model, response, goalId);
		}
		FlashMessage.success(redirect, "actionPlan.goalSaved");
		return SupportRecordController.redirectTo(id, RecordKind.ACTION_PLAN);
	}

	@GetMapping("/goals/{goalId}/steps/new")
	String newStep(@PathVariable Long id, @PathVariable String goalId, Model model) {
		RecordView<ActionPlanContent> plan = plan(id, model);
		ActionPlanContent.Goal goal = plan.content()
			.goal(goalId)
			.orElseThrow(() -> new NotFoundException("Goal", goalId));
		StepForm form = new StepForm();
		form.setVersion(plan.record().getVersion());
		model.addAttribute("form", form);
		return stepView(model, goal, null);
	}

	@PostMapping("/goals/{goalId}/steps/new")
	String addStep(@PathVariable Long id, @PathVariable String goalId, @Valid @ModelAttribute("form") StepForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RecordView<ActionPlanContent> current = plan(id, model);
		ActionPlanContent.Goal shown = current.content()
			.goal(goalId)
			.orElseThrow(() -> new NotFoundException("Goal", goalId));
		form.validate(result);
		if (result.hasErrors()) {
			return stepView(model, shown, null);
		}
		try {
			this.changes.addStep(CurrentUser.get(), id, goalId, form);
		}
		catch (StaleRecordException ex) {
			this.pages.conflict(ex, model, response);
			form.setVersion(ex.getCurrent().getVersion());
			return stepView(model, shown, null);
		}
		FlashMessage.success(redirect, "actionPlan.stepAdded");
		return SupportRecordController.redirectTo(id, RecordKind.ACTION_PLAN);
	}

	@GetMapping("/steps/{stepId}/edit")
	String editStep(@PathVariable Long id, @PathVariable String stepId, Model model) {
		RecordView<ActionPlanContent> plan = plan(id, model);
		ActionPlanContent.Goal goal = goalOfStep(plan.content(), stepId);
		ActionPlanContent.Step step = plan.content().step(stepId).orElseThrow();
		model.addAttribute("form", StepForm.from(step, plan.record().getVersion()));
		return stepView(model, goal, stepId);
	}

	@PostMapping("/steps/{stepId}/edit")
	String updateStep(@PathVariable Long id, @PathVariable String stepId, @Valid @ModelAttribute("form") StepForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RecordView<ActionPlanContent> current = plan(id, model);
		ActionPlanContent.Goal shown = goalOfStep(current.content(), stepId);
		form.validate(result);
		if (result.hasErrors()) {
			return stepView(model, shown, stepId);
		}
		try {
			this.changes.changeStep(CurrentUser.get(), id, stepId, form);
		}
		catch (StaleRecordException ex) {
			this.pages.conflict(ex, model, response);
			form.setVersion(ex.getCurrent().getVersion());
			return stepView(model, shown, stepId);
		}
		FlashMessage.success(redirect, "actionPlan.stepSaved");
		return SupportRecordController.redirectTo(id, RecordKind.ACTION_PLAN);
	}

	/** Progress on a step, from the plan page: allowed on an agreed plan too. */
	@PostMapping("/steps/{stepId}/status")
	String stepStatus(@PathVariable Long id, @PathVariable String stepId, @RequestParam StepStatus status,
			@RequestParam Long version, RedirectAttributes redirect) {
		try {
			this.changes.recordProgress(CurrentUser.get(), id, stepId, status, version);
		}
		catch (StaleRecordException ex) {
			FlashMessage.notice(redirect, "actionPlan.stepStale");
			return SupportRecordController.redirectTo(id, RecordKind.ACTION_PLAN) + "#step-" + stepId;
		}
		FlashMessage.success(redirect, "actionPlan.stepProgress");
		return SupportRecordController.redirectTo(id, RecordKind.ACTION_PLAN) + "#step-" + stepId;
	}

	private RecordView<ActionPlanContent> plan(Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, model);
		@SuppressWarnings("unchecked")
		RecordView<ActionPlanContent> plan = (RecordView<ActionPlanContent>) this.pages.latestForChange(user, person,
				RecordKind.ACTION_PLAN);
		model.addAttribute("view", plan);
		return plan;
	}

	private String staleGoal(StaleRecordException ex, GoalForm form, Model model, HttpServletResponse response,
			String goalId) {
		this.pages.conflict(ex, model, response);
		form.setVersion(ex.getCurrent().getVersion());
		return goalView(model, goalId);
	}

	private String goalView(Model model, String goalId) {
		model.addAttribute("goalId", goalId);
		model.addAttribute("areas", this.lists.lifeAreas());
		return GOAL_FORM;
	}

	private String stepView(Model model, ActionPlanContent.Goal goal, String stepId) {
		model.addAttribute("goal", goal);
		model.addAttribute("stepId", stepId);
		model.addAttribute("owners", StepOwner.values());
		model.addAttribute("statuses", StepStatus.values());
		return STEP_FORM;
	}

	private static ActionPlanContent.Goal goalOfStep(ActionPlanContent plan, String stepId) {
		return plan.getGoals()
			.stream()
			.filter(goal -> goal.getSteps().stream().anyMatch(step -> step.getId().equals(stepId)))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Step", stepId));
	}

}
