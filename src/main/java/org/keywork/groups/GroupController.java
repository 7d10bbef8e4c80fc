package org.keywork.groups;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's groups for its staff: the list, starting one, a group with its sessions,
 * changing it (or marking it ended) under optimistic locking.
 */
@Controller
@RequestMapping("/groups")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class GroupController {

	private final Groups groups;

	private final GroupSessions sessions;

	GroupController(Groups groups, GroupSessions sessions) {
		this.groups = groups;
		this.sessions = sessions;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Model model) {
		Groups.Sort order = Groups.Sort.parse(sort);
		model.addAttribute("groups", this.groups.list(CurrentUser.get(), order, page));
		model.addAttribute("sort", order);
		model.addAttribute("navSection", "groups");
		return "groups/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		KeyworkUser user = CurrentUser.get();
		GroupForm form = new GroupForm();
		List<Groups.TeamOption> teams = this.groups.teams(user);
		if (teams.size() == 1) {
			form.setTeamId(teams.get(0).id());
		}
		if (user.hasRole(org.keywork.security.Role.WORKER)) {
			form.getFacilitatorIds().add(user.getId());
		}
		model.addAttribute("form", form);
		return formView(user, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		form.validate(result, this.groups.teams(user), this.groups.staff(form.getTeamId()));
		if (result.hasErrors()) {
			return formView(user, null, model);
		}
		Long id = this.groups.create(user, form.details());
		FlashMessage.success(redirect, "groups.created");
		return "redirect:/groups/" + id;
	}

	@GetMapping("/{groupId}")
	String show(@PathVariable Long groupId, @RequestParam(defaultValue = "0") int page, Model model) {
		Group group = this.groups.get(CurrentUser.get(), groupId);
		model.addAttribute("group", group);
		model.addAttribute("sessions", this.sessions.sessions(group, page));
		model.addAttribute("navSection", "groups");
		return "groups/show";
	}

	@GetMapping("/{groupId}/edit")
	String editForm(@PathVariable Long groupId, Model model) {
		KeyworkUser user = CurrentUser.get();
		Group group = this.groups.get(user, groupId);
		model.addAttribute("form", GroupForm.of(group));
		return formView(user, group, model);
	}

	@PostMapping("/{groupId}")
	String change(@PathVariable Long groupId, @Valid @ModelAttribute("form") GroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		Group group = this.groups.get(user, groupId);
		form.setTeamId(group.teamId());
		form.validate(result, this.groups.teams(user), this.groups.staff(group.teamId()));
		if (form.getVersion() == null) {
			result.reject("groups.stale");
		}
		if (result.hasErrors()) {
			return formView(user, group, model);
		}
		try {
			this.groups.change(user, groupId, form.getVersion(), form.details());
		}
		catch (StaleGroupException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return formView(user, group, model);
		}
		FlashMessage.success(redirect, "groups.changed");
		return "redirect:/groups/" + groupId;
	}

	private String formView(KeyworkUser user, Group group, Model model) {
		List<Groups.TeamOption> teams = this.groups.teams(user);
		model.addAttribute("group", group);
		model.addAttribute("teams", teams);
		model.addAttribute("staff", group != null ? this.groups.staff(group.teamId())
				: this.groups.staff(teams.stream().map(Groups.TeamOption::id).toList()));
		model.addAttribute("navSection", "groups");
		return "groups/form";
	}

}
