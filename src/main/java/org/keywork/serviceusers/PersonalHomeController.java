package org.keywork.serviceusers;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home pages of a peer (their linked people) and of a service user (their own support). Staff homes are in {@code caseload}. */
@Controller
class PersonalHomeController {

	private final ServiceUserService service;

	PersonalHomeController(ServiceUserService service) {
		this.service = service;
	}

	@GetMapping("/my-people")
	@PreAuthorize("hasRole('PEER')")
	String myPeople(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("people", this.service.linkedToPeer(CurrentUser.get(), page));
		return "serviceusers/my-people";
	}

	@GetMapping("/my-support")
	@PreAuthorize("hasRole('SERVICE_USER')")
	String mySupport(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.service.get(user, user.getServiceUserId());
		model.addAttribute("row", this.service.row(me));
		model.addAttribute("peers", this.service.peerLinks(me));
		return "serviceusers/my-support";
	}

}
