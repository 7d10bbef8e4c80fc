package org.keywork.complaints;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.keywork.security.CurrentUser;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The teams' targets for the first response to a complaint: administrators for every
 * team, managers for their own.
 */
@Controller
@RequestMapping("/complaint-targets")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class ComplaintTargetController {

	private final ComplaintTargets targets;

	ComplaintTargetController(ComplaintTargets targets) {
		this.targets = targets;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("targets", this.targets.list(CurrentUser.get()));
		return "complaints/targets";
	}

	@GetMapping("/{teamId}")
	String form(@PathVariable Long teamId, Model model) {
		ComplaintTargets.Target target = this.targets.get(CurrentUser.get(), teamId);
		TargetForm form = new TargetForm();
		form.setWorkingDays(String.valueOf(target.workingDays()));
		form.setVersion(target.version());
		model.addAttribute("form", form);
		model.addAttribute("target", target);
		return "complaints/target-form";
	}

	@PostMapping("/{teamId}")
	String save(@PathVariable Long teamId, @Valid @ModelAttribute("form") TargetForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ComplaintTargets.Target target = this.targets.get(CurrentUser.get(), teamId);
		model.addAttribute("target", target);
		Integer days = form.days();
		if (days == null && !result.hasFieldErrors("workingDays")) {
			result.rejectValue("workingDays", "complaints.target.days.range");
		}
		if (result.hasErrors()) {
			return "complaints/target-form";
		}
		try {
			this.targets.save(CurrentUser.get(), teamId, days, form.getVersion());
		}
		catch (StaleComplaintException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return "complaints/target-form";
		}
		FlashMessage.success(redirect, "complaints.target.saved", target.teamName());
		return "redirect:/complaint-targets";
	}

	/** Working days as typed (a text input with a numeric keyboard). */
	static class TargetForm {

		@NotNull(message = "{complaints.target.days.range}")
		private String workingDays;

		private Long version;

		Integer days() {
			try {
				int days = Integer.parseInt(this.workingDays.strip());
				return days >= 1 && days <= 10 ? days : null;
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		public String getWorkingDays() {
			return this.workingDays;
		}

		public void setWorkingDays(String workingDays) {
			this.workingDays = workingDays;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
