package org.keywork.housing;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where the person lives and has lived, in the portal (never a withheld episode). Always
 * the signed-in account's own record.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalHomeController {

	private final AccommodationHistory history;

	PortalHomeController(AccommodationHistory history) {
		this.history = history;
	}

	@GetMapping("/my-support/home")
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.history.readable(user, user.getServiceUserId());
		model.addAttribute("me", me);
		model.addAttribute("episodes", this.history.history(user, me));
		return "housing/portal";
	}

}
