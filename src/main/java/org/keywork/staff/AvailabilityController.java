package org.keywork.staff;

import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in member of staff's account page: their own work phone and the hours they
 * can be reached, which the people they support see in the portal.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class AvailabilityController {

	private final OwnAvailability availability;

	AvailabilityController(OwnAvailability availability) {
		this.availability = availability;
	}

	@GetMapping("/account")
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		model.addAttribute("form", this.availability.form(user.getId()));
		return view(user, model);
	}

	@PostMapping("/account")
	String save(@Valid @ModelAttribute("form") AvailabilityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		if (result.hasErrors()) {
			return view(user, model);
		}
		this.availability.save(user.getId(), form);
		FlashMessage.success(redirect, "availability.saved");
		return "redirect:/account";
	}

	private String view(KeyworkUser user, Model model) {
		model.addAttribute("navSection", "your-account");
		model.addAttribute("displayName", user.getDisplayName());
		return "staff/account";
	}

}
