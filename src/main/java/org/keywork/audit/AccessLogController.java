package org.keywork.audit;

import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Who viewed this file": for managers of the person's team only. Other roles never use
 * it (403); a manager of another team gets the same 404 as for any person out of reach
 * (ADR 001).
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class AccessLogController {

	private final ServiceUserService people;

	private final AccessPolicy policy;

	private final AccessLog accessLog;

	AccessLogController(ServiceUserService people, AccessPolicy policy, AccessLog accessLog) {
		this.people = people;
		this.policy = policy;
		this.accessLog = accessLog;
	}

	@GetMapping("/service-users/{id}/access-log")
	String show(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.people.get(user, id);
		if (!this.policy.canViewAccessLog(user, person)) {
			throw new NotFoundException("Access log of service user", id);
		}
		model.addAttribute("person", person);
		model.addAttribute("entries", this.accessLog.forPerson(id, page));
		model.addAttribute("baseUrl", "/service-users/" + id + "/access-log");
		return "audit/access-log";
	}

}
