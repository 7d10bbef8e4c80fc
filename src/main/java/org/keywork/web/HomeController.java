package org.keywork.web;

import org.keywork.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each role to its own home page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return switch (CurrentUser.get().getRole()) {
			case ADMIN -> "redirect:/admin/accounts";
			case MANAGER -> "redirect:/team";
			case WORKER -> "redirect:/caseload";
			case PEER -> "redirect:/my-people";
			case SERVICE_USER -> "redirect:/my-support";
		};
	}

}
