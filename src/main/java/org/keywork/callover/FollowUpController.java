package org.keywork.callover;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
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
 * A follow-up the callover asked for about a person: what was decided, and marking it
 * done (with an optional note) from My caseload or the person's page. Staff of the
 * person's team only; everyone else gets a 404.
 */
@Controller
@RequestMapping("/service-users/{id}/callover-follow-ups/{decisionId}")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class FollowUpController {

	private final FollowUps followUps;

	FollowUpController(FollowUps followUps) {
		this.followUps = followUps;
	}

	@GetMapping
	String show(@PathVariable Long id, @PathVariable Long decisionId, @RequestParam(required = false) String from,
			Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.followUps.person(user, id);
		Decision decision = this.followUps.get(user, person, decisionId);
		DoneForm form = new DoneForm();
		form.setVersion(decision.version());
		form.setFrom("caseload".equals(from) ? from : null);
		model.addAttribute("form", form);
		return view(user, person, decision, model);
	}

	@PostMapping("/done")
	String done(@PathVariable Long id, @PathVariable Long decisionId, @Valid @ModelAttribute("form") DoneForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.followUps.person(user, id);
		Decision decision = this.followUps.get(user, person, decisionId);
		if (result.hasErrors()) {
			return view(user, person, decision, model);
		}
		try {
			this.followUps.markDone(user, person, decisionId, form.getVersion() == null ? -1 : form.getVersion(),
					form.getNote());
		}
		catch (StaleDecisionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return view(user, person, this.followUps.get(user, person, decisionId), model);
		}
		FlashMessage.success(redirect, "callover.done.saved", person.getKnownAs());
		return form.fromCaseload() ? "redirect:/caseload" : "redirect:/service-users/" + id;
	}

	private String view(KeyworkUser user, ServiceUser person, Decision decision, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("decision", decision);
		model.addAttribute("canMarkDone", !decision.isDone() && this.followUps.canMarkDone(user, person, decision));
		model.addAttribute("today", this.followUps.today());
		return "callover/follow-up";
	}

}
