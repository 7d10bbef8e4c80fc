package org.keywork.intensity;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * In the portal, how much support the person gets now, in plain words: their level, how
 * often staff aim to be in touch, a crisis step-up and until when, and the history of
 * changes with the reasons. Always the signed-in account's own record.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalIntensityController {

	private final Intensity intensity;

	PortalIntensityController(Intensity intensity) {
		this.intensity = intensity;
	}

	@GetMapping("/my-support/support-level")
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.intensity.own(user);
		model.addAttribute("current", this.intensity.current(me));
		model.addAttribute("history", this.intensity.history(me));
		return "intensity/portal";
	}

}
