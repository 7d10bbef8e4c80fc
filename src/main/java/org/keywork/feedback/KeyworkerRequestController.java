package org.keywork.feedback;

import java.util.List;

import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.Keyworkers;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.web.FlashMessage;
import org.keywork.web.PeopleShown;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking for a different keyworker ({@code /my-support/keyworker-request}, the person's
 * own only) and answering it ({@code /team/keyworker-requests}, managers of the person's
 * team only).
 */
@Controller
class KeyworkerRequestController {

	private final KeyworkerRequests requests;

	private final ServiceUserService people;

	private final Keyworkers keyworkers;

	KeyworkerRequestController(KeyworkerRequests requests, ServiceUserService people, Keyworkers keyworkers) {
		this.requests = requests;
		this.people = people;
		this.keyworkers = keyworkers;
	}

	@GetMapping("/my-support/keyworker-request")
	@PreAuthorize("hasRole('SERVICE_USER')")
	String mine(Model model) {
		model.addAttribute("form", new KeyworkerRequestForm());
		return mineView(model);
	}

	@PostMapping("/my-support/keyworker-request")
	@PreAuthorize("hasRole('SERVICE_USER')")
	String ask(@Valid @ModelAttribute("form") KeyworkerRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return mineView(model);
		}
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.people.get(user, user.getServiceUserId());
		if (this.requests.ask(user, me, form)) {
			FlashMessage.success(redirect, "keyworkerRequest.sent");
		}
		else {
			FlashMessage.notice(redirect, "keyworkerRequest.alreadyOpen");
		}
		return "redirect:/my-support/keyworker-request";
	}

	@GetMapping("/team/keyworker-requests")
	@PreAuthorize("hasRole('MANAGER')")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<KeyworkerRequests.Request> requests = this.requests.forManager(CurrentUser.get(), page);
		PeopleShown.of(requests.getContent(), KeyworkerRequests.Request::personId);
		model.addAttribute("requests", requests);
		model.addAttribute("baseUrl", "/team/keyworker-requests");
		return "feedback/requests";
	}

	@GetMapping("/team/keyworker-requests/{requestId}")
	@PreAuthorize("hasRole('MANAGER')")
	String answerForm(@PathVariable Long requestId, Model model) {
		KeyworkUser user = CurrentUser.get();
		KeyworkerRequests.Request request = this.requests.get(user, requestId);
		AnswerForm form = new AnswerForm();
		form.setVersion(this.people.get(user, request.personId()).getVersion());
		model.addAttribute("form", form);
		return answerView(user, request, model);
	}

	@PostMapping("/team/keyworker-requests/{requestId}")
	@PreAuthorize("hasRole('MANAGER')")
	String answer(@PathVariable Long requestId, @Valid @ModelAttribute("form") AnswerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		KeyworkerRequests.Request request = this.requests.get(user, requestId);
		if (form.getDecision() == AnswerForm.Decision.AGREE && form.getKeyworkerId() == null) {
			result.rejectValue("keyworkerId", "keyworkerRequest.keyworker.required");
		}
		else if (form.getDecision() == AnswerForm.Decision.AGREE
				&& form.getKeyworkerId().equals(this.people.get(user, request.personId()).getKeyworkerId())) {
			result.rejectValue("keyworkerId", "keyworkerRequest.keyworker.same");
		}
		if (result.hasErrors()) {
			return answerView(user, request, model);
		}
		if (this.requests.answer(user, requestId, form)) {
			FlashMessage.success(redirect, "keyworkerRequest.answered", request.personName());
		}
		else {
			FlashMessage.notice(redirect, "keyworkerRequest.answeredAlready");
		}
		return "redirect:/team/keyworker-requests";
	}

	private String mineView(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.people.get(user, user.getServiceUserId());
		List<KeyworkerRequests.Request> mine = this.requests.mine(me);
		model.addAttribute("requests", mine);
		model.addAttribute("hasOpen", mine.stream().anyMatch(KeyworkerRequests.Request::isOpen));
		model.addAttribute("keyworkerName", this.people.row(me).keyworkerName());
		return "feedback/keyworker-request";
	}

	private String answerView(KeyworkUser user, KeyworkerRequests.Request request, Model model) {
		ServiceUser person = this.people.get(user, request.personId());
		List<StaffMember> options = this.keyworkers.options(List.of(person.getTeamId()))
			.stream()
			.filter(a -> !a.getId().equals(person.getKeyworkerId()))
			.toList();
		PeopleShown.add(request.personId());
		model.addAttribute("kwRequest", request);
		model.addAttribute("keyworkers", options);
		model.addAttribute("decisions", AnswerForm.Decision.values());
		return "feedback/answer";
	}

}
