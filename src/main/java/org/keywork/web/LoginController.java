package org.keywork.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. While the demo profile is on it lists the demo accounts. */
@Controller
class LoginController {

	private final boolean demo;

	LoginController(@Value("${keywork.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", this.demo);
		return "login";
	}

}
