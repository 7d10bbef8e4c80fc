package org.keywork.complaints;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The complaints about the person's tenancy, in the portal: never a withheld one, never
 * who complained. Always the signed-in account's own record.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalComplaintsController {

	private final Complaints complaints;

	PortalComplaintsController(Complaints complaints) {
		this.complaints = complaints;
	}

	@GetMapping("/my-support/complaints")
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.complaints.readable(user, user.getServiceUserId());
		model.addAttribute("me", me);
		model.addAttribute("complaints", this.complaints.all(user, me));
		return "complaints/portal";
	}

}
