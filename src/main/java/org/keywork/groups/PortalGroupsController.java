package org.keywork.groups;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The group sessions the person attended, in the portal: the group, when and where; never
 * who else came, nor the note staff wrote about the session (it is about several people).
 * Always the signed-in account's own record.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalGroupsController {

	private final GroupSessions sessions;

	private final ServiceUserService people;

	PortalGroupsController(GroupSessions sessions, ServiceUserService people) {
		this.sessions = sessions;
		this.people = people;
	}

	@GetMapping("/my-support/group-sessions")
	String show(@RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.people.get(user, user.getServiceUserId());
		model.addAttribute("me", me);
		model.addAttribute("attended", this.sessions.attendedBy(me, null, page, GroupSessions.PAGE_SIZE));
		return "groups/portal";
	}

}
