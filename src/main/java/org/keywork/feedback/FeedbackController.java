package org.keywork.feedback;

import java.util.List;

import jakarta.validation.Valid;
import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.staff.TeamChoices.TeamChoice;
import org.keywork.web.FlashMessage;
import org.keywork.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Feedback: the person gives it at {@code /my-support/feedback} (always about their own
 * support: no id is taken from the request); managers read it per team at
 * {@code /team/feedback}, only for teams they manage.
 */
@Controller
class FeedbackController {

	private final Feedback feedback;

	private final ServiceUserService people;

	private final AccessPolicy policy;

	FeedbackController(Feedback feedback, ServiceUserService people, AccessPolicy policy) {
		this.feedback = feedback;
		this.people = people;
		this.policy = policy;
	}

	@GetMapping("/my-support/feedback")
	@PreAuthorize("hasRole('SERVICE_USER')")
	String form(Model model) {
		KeyworkUser user = CurrentUser.get();
		model.addAttribute("form", new FeedbackForm());
		return formView(user, model);
	}

	@PostMapping("/my-support/feedback")
	@PreAuthorize("hasRole('SERVICE_USER')")
	String give(@Valid @ModelAttribute("form") FeedbackForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		if (result.hasErrors()) {
			return formView(user, model);
		}
		ServiceUser me = this.people.get(user, user.getServiceUserId());
		this.feedback.give(user, me, form);
		FlashMessage.success(redirect, "feedback.thanks");
		return "redirect:/my-support";
	}

	@GetMapping("/team/feedback")
	@PreAuthorize("hasRole('MANAGER')")
	String team(@RequestParam(required = false) Long team, @RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		List<TeamChoice> managed = this.feedback.teamsManagedBy(user);
		model.addAttribute("teams", managed);
		if (managed.isEmpty()) {
			return "feedback/team";
		}
		Long teamId = team == null ? managed.get(0).getId() : team;
		if (!this.policy.managesTeam(user, teamId)) {
			throw new NotFoundException("Team", teamId);
		}
		model.addAttribute("team", managed.stream().filter(t -> t.getId().equals(teamId)).findFirst().orElseThrow());
		model.addAttribute("months", this.feedback.monthly(teamId));
		model.addAttribute("comments", this.feedback.comments(teamId, page));
		model.addAttribute("baseUrl", "/team/feedback?team=" + teamId);
		return "feedback/team";
	}

	private String formView(KeyworkUser user, Model model) {
		model.addAttribute("lastGivenOn", this.feedback.lastGivenOn(user.getServiceUserId()));
		model.addAttribute("questions", List.of("listenedTo", "supportWhenNeeded", "respected", "helping"));
		model.addAttribute("ratings", List.of(1, 2, 3, 4, 5));
		return "feedback/form";
	}

}
