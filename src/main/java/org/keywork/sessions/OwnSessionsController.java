package org.keywork.sessions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.keywork.security.CurrentUser;
import org.keywork.web.FlashMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** *My sessions*, for every account that signs in. */
@Controller
@RequestMapping("/account/sessions")
class OwnSessionsController {

	private final OwnSessions sessions;

	OwnSessionsController(OwnSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	String list(HttpServletRequest request, Model model) {
		model.addAttribute("sessions", this.sessions.list(CurrentUser.get(), currentId(request)));
		return "sessions/list";
	}

	@PostMapping("/sign-out-others")
	String signOutEverywhereElse(HttpServletRequest request, RedirectAttributes redirect) {
		int ended = this.sessions.signOutEverywhereElse(CurrentUser.get(), currentId(request));
		FlashMessage.success(redirect, "sessions.signedOutOthers", ended);
		return "redirect:/account/sessions";
	}

	private static String currentId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? "" : session.getId();
	}

}
