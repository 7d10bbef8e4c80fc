package org.keywork.rent;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person's own rent account in the portal: every entry and the balance (ADR 014: it
 * is their money and their landlord's statement). Always the signed-in account's own
 * record.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalRentController {

	private final RentAccount account;

	PortalRentController(RentAccount account) {
		this.account = account;
	}

	@GetMapping("/my-support/rent")
	String show(@RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.account.readable(user, user.getServiceUserId());
		Balance balance = this.account.balance(user, me);
		model.addAttribute("me", me);
		model.addAttribute("balance", balance);
		model.addAttribute("entries", this.account.entries(user, me, page, balance.entries()));
		return "rent/portal";
	}

}
