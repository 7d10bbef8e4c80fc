package org.keywork.changecycle;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.WithholdReason;
import org.keywork.web.Dates;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's Cycle of Change: every issue with its current stage and its path, naming a
 * new issue, recording a stage, closing an issue.
 */
@Controller
@RequestMapping("/service-users/{id}/cycle-of-change")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class CycleOfChangeController {

	private final CycleOfChange cycle;

	private final Dates dates;

	CycleOfChangeController(CycleOfChange cycle, Dates dates) {
		this.cycle = cycle;
		this.dates = dates;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.cycle.readable(user, id);
		return page(user, person, model);
	}

	@GetMapping("/issues/new")
	String issueForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.cycle.recordable(CurrentUser.get(), id);
		IssueForm form = new IssueForm();
		form.setOn(this.dates.today());
		model.addAttribute("form", form);
		return issueView(person, model);
	}

	@PostMapping("/issues")
	String nameIssue(@PathVariable Long id, @Valid @ModelAttribute("form") IssueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.cycle.recordable(user, id);
		form.validate(result);
		if (result.hasErrors()) {
			return issueView(person, model);
		}
		this.cycle.nameIssue(user, person, form.getName(), form.decision(), form.getStage(), form.getOn(),
				form.getWords());
		FlashMessage.success(redirect, "changecycle.issue.added");
		return "redirect:/service-users/" + id + "/cycle-of-change";
	}

	@GetMapping("/stages/new")
	String stageForm(@PathVariable Long id, @RequestParam(required = false) Long issue, Model model) {
		ServiceUser person = this.cycle.recordable(CurrentUser.get(), id);
		StageForm form = new StageForm();
		form.setIssueId(issue);
		form.setOn(this.dates.today());
		model.addAttribute("form", form);
		return stageView(person, model);
	}

	@PostMapping("/stages")
	String recordStage(@PathVariable Long id, @Valid @ModelAttribute("form") StageForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.cycle.recordable(user, id);
		if (form.getIssueId() != null && this.cycle.openIssues(user, person)
			.stream()
			.noneMatch(issue -> issue.id().equals(form.getIssueId()))) {
			result.rejectValue("issueId", "changecycle.issue.required");
		}
		if (result.hasErrors()) {
			return stageView(person, model);
		}
		this.cycle.recordStage(user, person, form.getIssueId(), form.getStage(), form.getOn(), form.getWords(), null);
		FlashMessage.success(redirect, "changecycle.stage.added");
		return "redirect:/service-users/" + id + "/cycle-of-change#issue-" + form.getIssueId();
	}

	@PostMapping("/issues/close")
	String close(@PathVariable Long id, @RequestParam(required = false) Long issueId,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.cycle.recordable(user, id);
		if (issueId == null || version == null) {
			FlashMessage.notice(redirect, "changecycle.close.nothing");
			return "redirect:/service-users/" + id + "/cycle-of-change";
		}
		try {
			this.cycle.close(user, person, issueId, version);
		}
		catch (StaleIssueException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return page(user, person, model);
		}
		FlashMessage.success(redirect, "changecycle.issue.closed");
		return "redirect:/service-users/" + id + "/cycle-of-change";
	}

	private String page(KeyworkUser user, ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("issues", this.cycle.issues(user, person));
		model.addAttribute("canRecord", this.cycle.canRecord(user, person));
		model.addAttribute("showSharing", this.cycle.seesWithheld(user, person));
		return "changecycle/show";
	}

	private String issueView(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("withheldReasons", WithholdReason.values());
		return "changecycle/issue-form";
	}

	private String stageView(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("openIssues", this.cycle.openIssues(CurrentUser.get(), person));
		return "changecycle/stage-form";
	}

}
