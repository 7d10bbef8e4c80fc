package org.keywork.groups;

import java.util.List;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.web.FlashMessage;
import org.keywork.web.NotFoundException;
import org.keywork.web.PeopleShown;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's sessions for the team's staff: recording one that took place (with the people
 * of the team to invite, those who prefer group work first) and reading one.
 */
@Controller
@RequestMapping("/groups/{groupId}/sessions")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class GroupSessionController {

	private final Groups groups;

	private final GroupSessions sessions;

	GroupSessionController(Groups groups, GroupSessions sessions) {
		this.groups = groups;
		this.sessions = sessions;
	}

	@GetMapping("/new")
	String newForm(@PathVariable Long groupId, Model model) {
		Group group = open(CurrentUser.get(), groupId);
		SessionForm form = new SessionForm();
		form.setOn(this.sessions.today());
		model.addAttribute("form", form);
		return formView(group, model);
	}

	@PostMapping
	String record(@PathVariable Long groupId, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		Group group = open(user, groupId);
		form.validate(result, this.sessions.today());
		if (result.hasErrors()) {
			return formView(group, model);
		}
		Long id = this.sessions.record(user, group, form.details());
		FlashMessage.success(redirect, "groups.session.recorded");
		return "redirect:/groups/" + groupId + "/sessions/" + id;
	}

	@GetMapping("/{sessionId}")
	String show(@PathVariable Long groupId, @PathVariable Long sessionId, Model model) {
		Group group = this.groups.get(CurrentUser.get(), groupId);
		model.addAttribute("group", group);
		GroupSession session = this.sessions.get(group, sessionId);
		PeopleShown.of(session.attendance(), GroupSession.Attendance::personId);
		model.addAttribute("groupSession", session);
		model.addAttribute("navSection", "groups");
		return "groups/session";
	}

	/** The group, if it still meets (an ended group takes no new sessions: 404). */
	private Group open(KeyworkUser user, Long groupId) {
		Group group = this.groups.get(user, groupId);
		if (!group.active()) {
			throw new NotFoundException("Group", groupId);
		}
		return group;
	}

	private String formView(Group group, Model model) {
		model.addAttribute("group", group);
		List<GroupSessions.Invitee> invitees = this.sessions.invitees(group);
		PeopleShown.of(invitees, GroupSessions.Invitee::id);
		model.addAttribute("invitees", invitees);
		model.addAttribute("statuses", AttendanceStatus.values());
		model.addAttribute("navSection", "groups");
		return "groups/session-form";
	}

}
