package org.keywork.housing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.WithholdReason;
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
 * A person's accommodation history for staff of their team: the list, newest first; add
 * an episode, change one (under optimistic locking).
 */
@Controller
@RequestMapping("/service-users/{id}/accommodation")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class AccommodationController {

	private final AccommodationHistory history;

	AccommodationController(AccommodationHistory history) {
		this.history = history;
	}

	@GetMapping
	String list(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.history.readable(user, id);
		model.addAttribute("person", person);
		model.addAttribute("episodes", this.history.history(user, person));
		model.addAttribute("canChange", this.history.canChange(user, person));
		model.addAttribute("showSharing", this.history.seesWithheld(user, person));
		return "housing/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.history.changeable(CurrentUser.get(), id);
		EpisodeForm form = new EpisodeForm();
		form.setStartedOn(this.history.today());
		model.addAttribute("form", form);
		return formView(person, null, model);
	}

	@PostMapping
	String add(@PathVariable Long id, @Valid @ModelAttribute("form") EpisodeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.history.changeable(user, id);
		form.validate(result, this.history.today());
		if (result.hasErrors()) {
			return formView(person, null, model);
		}
		this.history.add(user, person, form.details());
		FlashMessage.success(redirect, "housing.added");
		return "redirect:/service-users/" + id + "/accommodation";
	}

	@GetMapping("/{episodeId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long episodeId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.history.changeable(user, id);
		Episode episode = this.history.get(user, person, episodeId);
		model.addAttribute("form", EpisodeForm.of(episode));
		return formView(person, episode, model);
	}

	@PostMapping("/{episodeId}")
	String change(@PathVariable Long id, @PathVariable Long episodeId, @Valid @ModelAttribute("form") EpisodeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.history.changeable(user, id);
		Episode episode = this.history.get(user, person, episodeId);
		form.validate(result, this.history.today());
		if (form.getVersion() == null) {
			result.reject("housing.stale");
		}
		if (result.hasErrors()) {
			return formView(person, episode, model);
		}
		try {
			this.history.change(user, person, episodeId, form.getVersion(), form.details());
		}
		catch (StaleEpisodeException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return formView(person, episode, model);
		}
		FlashMessage.success(redirect, "housing.changed");
		return "redirect:/service-users/" + id + "/accommodation";
	}

	private String formView(ServiceUser person, Episode episode, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("episode", episode);
		model.addAttribute("kinds", AccommodationKind.values());
		model.addAttribute("withheldReasons", WithholdReason.values());
		return "housing/form";
	}

}
