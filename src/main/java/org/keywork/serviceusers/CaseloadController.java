package org.keywork.serviceusers;

import java.util.List;
import java.util.Map;

import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.staff.Account;
import org.keywork.staff.Team;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Each role's home page: a worker's caseload, a manager's team, a peer's people, a service user's own support. */
@Controller
class CaseloadController {

	private final ServiceUserService service;

	private final AccessPolicy policy;

	CaseloadController(ServiceUserService service, AccessPolicy policy) {
		this.service = service;
		this.policy = policy;
	}

	@GetMapping("/caseload")
	@PreAuthorize("hasAnyRole('WORKER', 'MANAGER')")
	String caseload(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("people", this.service.caseload(CurrentUser.get(), page));
		return "serviceusers/caseload";
	}

	@GetMapping("/team")
	@PreAuthorize("hasRole('MANAGER')")
	String team(@ModelAttribute("search") ServiceUserSearch search, @RequestParam(defaultValue = "0") int page,
			Model model) {
		KeyworkUser user = CurrentUser.get();
		List<Team> teams = this.service.teamsFor(user);
		List<Account> staff = this.service.keyworkerOptions(this.policy.teamIds(user));
		Map<Long, Long> sizes = this.service.openCaseloadSizes(this.policy.teamIds(user));
		model.addAttribute("teams", teams);
		model.addAttribute("staff", staff);
		model.addAttribute("caseloadSizes", sizes);
		model.addAttribute("unassigned", sizes.getOrDefault(null, 0L));
		model.addAttribute("people", this.service.search(user, search, page));
		model.addAttribute("baseUrl", search.toQueryString("/team"));
		return "serviceusers/team";
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
