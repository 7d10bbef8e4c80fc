package org.keywork.referrals;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own consents to share in the portal, in plain words, and stopping one.
 * Always the signed-in account's own record, never an id from the URL (a consent id of
 * someone else is not found).
 */
@Controller
@RequestMapping("/my-support/consent")
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalConsentController {

	private final ServiceUserService people;

	private final Consents consents;

	PortalConsentController(ServiceUserService people, Consents consents) {
		this.people = people;
		this.consents = consents;
	}

	@GetMapping
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.people.get(user, user.getServiceUserId());
		model.addAttribute("me", me);
		model.addAttribute("consents", this.consents.of(user, me));
		model.addAttribute("today", this.consents.today());
		return "referrals/portal-consent";
	}

	@PostMapping("/{consentId}/withdraw")
	String withdraw(@PathVariable Long consentId, @RequestParam int version, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.people.get(user, user.getServiceUserId());
		if (this.consents.withdraw(user, me, consentId, version)) {
			FlashMessage.success(redirect, "consent.portal.stopped");
		}
		else {
			FlashMessage.notice(redirect, "consent.stale");
		}
		return "redirect:/my-support/consent";
	}

}
