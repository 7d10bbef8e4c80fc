package org.keywork.referrals;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The person's own referrals in the portal, in plain words: those not withheld from them
 * (left out in SQL). Always the signed-in account's own record.
 */
@Controller
@RequestMapping("/my-support/referrals")
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalReferralController {

	private final ServiceUserService people;

	private final Referrals referrals;

	PortalReferralController(ServiceUserService people, Referrals referrals) {
		this.people = people;
		this.referrals = referrals;
	}

	@GetMapping
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.people.get(user, user.getServiceUserId());
		model.addAttribute("me", me);
		model.addAttribute("referrals", this.referrals.of(user, me));
		return "referrals/portal-referrals";
	}

}
