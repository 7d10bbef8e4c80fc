package org.keywork.caseload;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.KeyworkerNotInTeamException;
import org.keywork.serviceusers.Keyworkers;
import org.keywork.web.FlashMessage;
import org.keywork.web.PeopleShown;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The worker's home (my caseload), the manager's home (team dashboard) and the case
 * callover.
 */
@Controller
class CaseloadController {

	private final CaseloadService service;

	private final Keyworkers keyworkers;

	CaseloadController(CaseloadService service, Keyworkers keyworkers) {
		this.service = service;
		this.keyworkers = keyworkers;
	}

	@GetMapping("/caseload")
	@PreAuthorize("hasAnyRole('WORKER', 'MANAGER')")
	String caseload(Model model) {
		KeyworkUser user = CurrentUser.get();
		CaseloadService.MyCaseload caseload = this.service.myCaseload(user);
		List<CaseloadRow> rows = caseload.rows();
		PeopleShown.of(rows, CaseloadRow::personId);
		model.addAttribute("rows", rows);
		model.addAttribute("today", this.service.today());
		model.addAttribute("notices", caseload.notices());
		return "caseload/caseload";
	}

	@GetMapping("/team")
	@PreAuthorize("hasRole('MANAGER')")
	String team(Model model) {
		KeyworkUser user = CurrentUser.get();
		CaseloadService.Dashboard dashboard = this.service.dashboard(user);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("notices", dashboard.notices());
		return "caseload/team";
	}

	/** Counts the dashboard's figures again now, not when the kept ones expire. */
	@PostMapping("/team/figures/refresh")
	@PreAuthorize("hasRole('MANAGER')")
	String refreshFigures() {
		this.service.refreshFigures(CurrentUser.get());
		return "redirect:/team";
	}

	@GetMapping("/team/callover")
	@PreAuthorize("hasRole('MANAGER')")
	String callover(@RequestParam(required = false) Long keyworkerId,
			@RequestParam(defaultValue = "false") boolean unassigned, Model model) {
		model.addAttribute("form", new BulkReassignForm());
		return calloverView(keyworkerId, unassigned, model);
	}

	@PostMapping("/team/callover/reassign")
	@PreAuthorize("hasRole('MANAGER')")
	String reassign(@Valid @ModelAttribute("form") BulkReassignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				int changed = this.keyworkers.changeAll(CurrentUser.get(), form.getPersonIds(), form.getKeyworkerId(),
						form.getReason());
				FlashMessage.success(redirect, "callover.reassigned", changed);
				return "redirect:" + UriComponentsBuilder.fromPath("/team/callover")
					.queryParamIfPresent("keyworkerId", Optional.ofNullable(form.getFromKeyworkerId()))
					.queryParamIfPresent("unassigned", Optional.of(true).filter(yes -> form.isFromUnassigned()))
					.build()
					.toUriString();
			}
			catch (KeyworkerNotInTeamException ex) {
				result.rejectValue("keyworkerId", "callover.keyworkerId.notInTeam");
			}
		}
		return calloverView(form.getFromKeyworkerId(), form.isFromUnassigned(), model);
	}

	private String calloverView(Long keyworkerId, boolean unassigned, Model model) {
		KeyworkUser user = CurrentUser.get();
		CalloverPart callover = this.service.callover(user, keyworkerId, unassigned);
		PeopleShown.of(callover.rows(), CaseloadRow::personId);
		model.addAttribute("callover", callover);
		model.addAttribute("rows", callover.rows());
		model.addAttribute("staff", this.service.staff(user));
		model.addAttribute("today", this.service.today());
		return "caseload/callover";
	}

}
