package org.keywork.benefits;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The person's benefits in the portal (never a withheld one). Always the signed-in
 * account's own record.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalBenefitsController {

	private final WelfareBenefits benefits;

	PortalBenefitsController(WelfareBenefits benefits) {
		this.benefits = benefits;
	}

	@GetMapping("/my-support/benefits")
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.benefits.readable(user, user.getServiceUserId());
		model.addAttribute("me", me);
		model.addAttribute("benefits", this.benefits.list(user, me));
		return "benefits/portal";
	}

}
