package org.keywork.housing;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.FlashMessage;
import org.keywork.web.NotFoundException;

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
 * Recording and changing the tenancy of an episode of a tenancy form, for staff who may
 * change the person's accommodation history.
 */
@Controller
@RequestMapping("/service-users/{id}/accommodation/{episodeId}/tenancy")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class TenancyController {

	private final AccommodationHistory history;

	private final Tenancies tenancies;

	private final Landlords landlords;

	private final Money money;

	TenancyController(AccommodationHistory history, Tenancies tenancies, Landlords landlords, Money money) {
		this.history = history;
		this.tenancies = tenancies;
		this.landlords = landlords;
		this.money = money;
	}

	@GetMapping
	String form(@PathVariable Long id, @PathVariable Long episodeId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.history.changeable(user, id);
		Episode episode = tenancyEpisode(user, person, episodeId);
		TenancyForm form = episode.tenancy() == null ? new TenancyForm() : TenancyForm.of(episode.tenancy());
		if (episode.tenancy() == null) {
			form.setStartedOn(episode.startedOn());
		}
		model.addAttribute("form", form);
		return view(person, episode, model);
	}

	@PostMapping
	String save(@PathVariable Long id, @PathVariable Long episodeId, @Valid @ModelAttribute("form") TenancyForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.history.changeable(user, id);
		Episode episode = tenancyEpisode(user, person, episodeId);
		form.validate(result, choices(episode));
		if (result.hasErrors()) {
			return view(person, episode, model);
		}
		try {
			this.tenancies.save(user, person, episodeId, form.getVersion(), form);
		}
		catch (StaleEpisodeException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return view(person, episode, model);
		}
		FlashMessage.success(redirect, "tenancy.saved");
		return "redirect:/service-users/" + id + "/accommodation";
	}

	private Episode tenancyEpisode(KeyworkUser user, ServiceUser person, Long episodeId) {
		Episode episode = this.history.get(user, person, episodeId);
		if (!episode.hasTenancyForm()) {
			throw new NotFoundException("Tenancy", episodeId);
		}
		return episode;
	}

	/** The landlords in use, and the one already recorded even if taken out of use. */
	private List<Landlord> choices(Episode episode) {
		Long current = episode.tenancy() == null ? null : episode.tenancy().landlordId();
		return this.landlords.all().stream().filter(l -> l.active() || l.id().equals(current)).toList();
	}

	private String view(ServiceUser person, Episode episode, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("episode", episode);
		model.addAttribute("landlords", choices(episode));
		model.addAttribute("types", TenancyTerms.Type.values());
		model.addAttribute("frequencies", TenancyTerms.Frequency.values());
		model.addAttribute("payers", TenancyTerms.WhoPays.values());
		model.addAttribute("currency", this.money.currency().getCurrencyCode());
		return "housing/tenancy";
	}

}
