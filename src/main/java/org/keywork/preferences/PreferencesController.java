package org.keywork.preferences;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
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
 * Recording a person's engagement preferences, for staff who may change the record (a
 * peer: 403; out of reach: 404). They are read on the person's page.
 */
@Controller
@RequestMapping("/service-users/{id}/preferences")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class PreferencesController {

	private final Preferences preferences;

	PreferencesController(Preferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	String form(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.preferences.changeable(user, id);
		model.addAttribute("form", PreferencesForm.of(this.preferences.of(user, person).orElse(null)));
		return view(person, model);
	}

	@PostMapping
	String save(@PathVariable Long id, @Valid @ModelAttribute("form") PreferencesForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.preferences.changeable(user, id);
		if (result.hasErrors()) {
			return view(person, model);
		}
		try {
			this.preferences.save(user, person, form.getVersion(), form.answers());
		}
		catch (StalePreferencesException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			model.addAttribute("current", form.rebase(this.preferences.of(user, person).orElse(null)));
			return view(person, model);
		}
		FlashMessage.success(redirect, "preferences.saved");
		return "redirect:/service-users/" + id + "#preferences";
	}

	private String view(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("choices", Choices.INSTANCE);
		model.addAttribute("action", "/service-users/" + person.getId() + "/preferences");
		model.addAttribute("cancel", "/service-users/" + person.getId());
		model.addAttribute("ownWords", false);
		return "preferences/form";
	}

}
