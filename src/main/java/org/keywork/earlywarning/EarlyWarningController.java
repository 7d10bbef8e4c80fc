package org.keywork.earlywarning;

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
 * A person's early warning for staff of their team: the reasons and the checklist; one
 * form per step (POST-redirect-GET, optimistic locking), adding a step to the Action
 * Plan, closing the episode when the risk has passed.
 */
@Controller
@RequestMapping("/service-users/{id}/early-warning")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class EarlyWarningController {

	private final EarlyWarnings warnings;

	EarlyWarningController(EarlyWarnings warnings) {
		this.warnings = warnings;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.warnings.workable(user, id);
		Warning warning = this.warnings.warning(user, person);
		if (!model.containsAttribute("closeForm")) {
			CloseForm close = new CloseForm();
			close.setEpisodeId(warning.episodeId());
			close.setVersion(warning.version());
			model.addAttribute("closeForm", close);
		}
		model.addAttribute("person", person);
		model.addAttribute("warning", warning);
		return "earlywarning/checklist";
	}

	@GetMapping("/steps/{step}")
	String stepForm(@PathVariable Long id, @PathVariable String step, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.warnings.workable(user, id);
		ChecklistStep which = step(step);
		Warning warning = this.warnings.warning(user, person);
		if (!warning.isFlagged() && !warning.isOpen()) {
			throw new NotFoundException("Early warning", id);
		}
		model.addAttribute("form", StepForm.of(warning, warning.steps().get(which.ordinal())));
		return stepView(person, which, warning, model);
	}

	@PostMapping("/steps/{step}")
	String recordStep(@PathVariable Long id, @PathVariable String step, @Valid @ModelAttribute("form") StepForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.warnings.workable(user, id);
		ChecklistStep which = step(step);
		Warning warning = this.warnings.warning(user, person);
		form.validate(result, this.warnings.today(), warning.steps().get(which.ordinal()));
		if (result.hasErrors()) {
			return stepView(person, which, warning, model);
		}
		try {
			this.warnings.recordStep(user, person, which, form.getEpisodeId(), form.getVersion(), form.progress());
		}
		catch (StaleWarningException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return stepView(person, which, this.warnings.warning(user, person), model);
		}
		FlashMessage.success(redirect, "earlywarning.step.saved");
		return "redirect:/service-users/" + id + "/early-warning";
	}

	@PostMapping("/steps/{step}/action")
	String addToActionPlan(@PathVariable Long id, @PathVariable String step,
			@RequestParam(required = false) Long episodeId, @RequestParam(defaultValue = "0") long version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.warnings.workable(user, id);
		ChecklistStep which = step(step);
		try {
			this.warnings.addToActionPlan(user, person, which, episodeId, version);
		}
		catch (StaleWarningException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return show(id, model);
		}
		FlashMessage.success(redirect, "earlywarning.action.added");
		return "redirect:/service-users/" + id + "/early-warning";
	}

	@PostMapping("/close")
	String close(@PathVariable Long id, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.warnings.workable(user, id);
		if (result.hasErrors()) {
			return show(id, model);
		}
		try {
			this.warnings.close(user, person, form.getEpisodeId(), form.getVersion(), form.getNote());
		}
		catch (StaleWarningException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return show(id, model);
		}
		FlashMessage.success(redirect, "earlywarning.closed");
		return "redirect:/service-users/" + id + "/early-warning";
	}

	private static ChecklistStep step(String slug) {
		ChecklistStep step = ChecklistStep.fromSlug(slug);
		if (step == null) {
			throw new NotFoundException("Checklist step", slug);
		}
		return step;
	}

	private String stepView(ServiceUser person, ChecklistStep step, Warning warning, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("step", step);
		model.addAttribute("warning", warning);
		return "earlywarning/step";
	}

}
