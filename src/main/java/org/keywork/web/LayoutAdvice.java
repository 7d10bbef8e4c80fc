package org.keywork.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: which navigation item is current, and
 * whether this is the demo.
 */
@ControllerAdvice
class LayoutAdvice {

	private final boolean demo;

	LayoutAdvice(@Value("${keywork.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo;
	}

	@ModelAttribute("navSection")
	String navSection(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] parts = path.split("/");
		if (parts.length > 2 && parts[1].equals("admin")) {
			return parts[2];
		}
		// the manager's team pages have their own menu items, except the callover which
		// belongs to "My team"
		if (parts.length > 2 && parts[1].equals("team") && !parts[2].equals("callover")) {
			return "team-" + parts[2];
		}
		return parts.length > 1 ? parts[1] : "";
	}

}
