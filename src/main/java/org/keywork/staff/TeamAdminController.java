package org.keywork.staff;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.keywork.web.FlashMessage;

import org.springframework.dao.DataIntegrityViolationException;
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
 * The administrator's team screens. {@code /admin/**} is for ADMIN only
 * (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	private static final String FORM = "staff/teams/form";

	private final TeamAdministration administration;

	TeamAdminController(TeamAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", this.administration.list());
		return "staff/teams/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("team", new TeamForm());
		model.addAttribute("teamId", null);
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("team") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("teamId", null);
		if (!result.hasFieldErrors("name") && this.administration.nameTaken(form.getName(), null)) {
			result.rejectValue("name", "team.name.taken");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.administration.create(form);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("name", "team.name.taken");
			return FORM;
		}
		FlashMessage.success(redirect, "team.created", form.getName());
		return "redirect:/admin/teams";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute("team", this.administration.editForm(id));
		model.addAttribute("teamId", id);
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("team") TeamForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.administration.editForm(id); // 404 for an unknown team before anything else
		model.addAttribute("teamId", id);
		if (!result.hasFieldErrors("name") && this.administration.nameTaken(form.getName(), id)) {
			result.rejectValue("name", "team.name.taken");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.administration.update(id, form);
		}
		catch (StaleVersionException ex) {
			result.reject("team.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return FORM;
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("name", "team.name.taken");
			return FORM;
		}
		FlashMessage.success(redirect, "team.saved", form.getName());
		return "redirect:/admin/teams";
	}

}
