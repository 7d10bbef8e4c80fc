package org.keywork.portal;

import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own personal details (how they are named and addressed, how to contact
 * them, where they live; no internal staff field), and "Tell us if something is wrong",
 * which waits for their keyworker until a member of staff deals with it. Always the
 * signed-in account's own record.
 */
@Controller
@RequestMapping("/my-support/details")
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalDetailsController {

	private final ServiceUserService people;

	private final DetailsCorrections corrections;

	PortalDetailsController(ServiceUserService people, DetailsCorrections corrections) {
		this.people = people;
		this.corrections = corrections;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("form", new DetailsCorrectionForm());
		return view(me(CurrentUser.get()), model);
	}

	@PostMapping
	String tellUs(@Valid @ModelAttribute("form") DetailsCorrectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		if (result.hasErrors()) {
			return view(me, model);
		}
		this.corrections.add(user, me, form.getWhatIsWrong());
		FlashMessage.success(redirect, "portal.details.sent");
		return "redirect:/my-support/details";
	}

	private String view(ServiceUser me, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("waiting", this.corrections.open(me.getId()));
		return "portal/details";
	}

	private ServiceUser me(KeyworkUser user) {
		return this.people.get(user, user.getServiceUserId());
	}

}
