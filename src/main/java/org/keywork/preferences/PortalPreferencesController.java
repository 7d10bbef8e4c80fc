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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own engagement preferences in the portal, in plain words, and changing
 * them (the same optimistic locking as staff). Always the signed-in account's own record.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalPreferencesController {

	private static final String PATH = "/my-support/preferences";

	private final Preferences preferences;

	PortalPreferencesController(Preferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping(PATH)
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.preferences.changeable(user, user.getServiceUserId());
		model.addAttribute("me", me);
		model.addAttribute("prefs", this.preferences.of(user, me).orElse(null));
		return "preferences/portal";
	}

	@GetMapping(PATH + "/edit")
	String form(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.preferences.changeable(user, user.getServiceUserId());
		model.addAttribute("form", PreferencesForm.of(this.preferences.of(user, me).orElse(null)));
		return view(me, model);
	}

	@PostMapping(PATH)
	String save(@Valid @ModelAttribute("form") PreferencesForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.preferences.changeable(user, user.getServiceUserId());
		if (result.hasErrors()) {
			return view(me, model);
		}
		try {
			this.preferences.save(user, me, form.getVersion(), form.answers());
		}
		catch (StalePreferencesException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			model.addAttribute("current", form.rebase(this.preferences.of(user, me).orElse(null)));
			return view(me, model);
		}
		FlashMessage.success(redirect, "preferences.portal.saved");
		return "redirect:" + PATH;
	}

	private String view(ServiceUser me, Model model) {
		model.addAttribute("person", me);
		model.addAttribute("choices", Choices.INSTANCE);
		model.addAttribute("action", PATH);
		model.addAttribute("cancel", PATH);
		model.addAttribute("ownWords", true);
		return "preferences/form";
	}

}
