package org.keywork.intensity;

import java.util.EnumSet;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators set a team's contact target and review interval for each support level.
 * The rest of the team's settings are on the team form ({@code /admin/teams/{id}/edit}),
 * which links here.
 */
@Controller
@RequestMapping("/admin/teams/{id}/intensity")
@PreAuthorize("hasRole('ADMIN')")
class TeamTargetsController {

	private static final String FORM = "intensity/team-targets";

	private final TeamTargets targets;

	TeamTargetsController(TeamTargets targets) {
		this.targets = targets;
	}

	@GetMapping
	String form(@PathVariable("id") Long teamId, Model model) {
		model.addAttribute("form", TeamTargetsForm.from(this.targets.of(teamId)));
		return view(teamId, model);
	}

	@PostMapping
	String save(@PathVariable("id") Long teamId, @Valid @ModelAttribute("form") TeamTargetsForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String name = this.targets.teamName(teamId);
		EnumSet<Level> given = EnumSet.noneOf(Level.class);
		form.getRows().stream().filter(row -> row.getLevel() != null).forEach(row -> given.add(row.getLevel()));
		if (form.getRows().size() != Level.values().length || !given.containsAll(EnumSet.allOf(Level.class))) {
			result.reject("intensity.team.incomplete");
		}
		if (result.hasErrors()) {
			return view(teamId, model);
		}
		try {
			this.targets.save(teamId, form);
		}
		catch (TeamTargets.StaleTargetsException ex) {
			result.reject("intensity.team.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return view(teamId, model);
		}
		FlashMessage.success(redirect, "intensity.team.saved", name);
		return "redirect:/admin/teams/" + teamId + "/intensity";
	}

	private String view(Long teamId, Model model) {
		model.addAttribute("teamId", teamId);
		model.addAttribute("teamName", this.targets.teamName(teamId));
		return FORM;
	}

}
