package org.keywork.wellbeing;

import java.util.List;

import jakarta.validation.Valid;
import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.sharing.WithholdReason;
import org.keywork.web.Dates;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.AccessDeniedException;
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
 * A person's wellbeing page for staff (and a peer the person shares their Overview with):
 * the trend per scale and every reading; and a worker completing a scale with the person.
 */
@Controller
@RequestMapping("/service-users/{id}/wellbeing")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class WellbeingController {

	private final ServiceUserService people;

	private final Wellbeing wellbeing;

	private final AccessPolicy policy;

	private final Dates dates;

	WellbeingController(ServiceUserService people, Wellbeing wellbeing, AccessPolicy policy, Dates dates) {
		this.people = people;
		this.wellbeing = wellbeing;
		this.policy = policy;
		this.dates = dates;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.people.get(user, id);
		Wellbeing.PersonWellbeing page = this.wellbeing.page(user, person);
		model.addAttribute("person", person);
		model.addAttribute("trends", page.trends());
		model.addAttribute("readings", Wellbeing.newestFirst(page.readings()));
		model.addAttribute("canRecord", this.policy.canRecordOutcomes(user, person));
		model.addAttribute("seesWithheld", this.policy.seesWithheld(user, person));
		model.addAttribute("scales", Scale.values());
		return "wellbeing/person";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String form(@PathVariable Long id, @RequestParam(defaultValue = "SWEMWBS") Scale scale, Model model) {
		ServiceUser person = recordable(id);
		Scale chosen = scale == null ? Scale.SWEMWBS : scale;
		WellbeingForm form = new WellbeingForm();
		form.setScale(chosen);
		form.setTakenOn(this.dates.today());
		model.addAttribute("form", form);
		return view(person, chosen, model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String record(@PathVariable Long id, @Valid @ModelAttribute("form") WellbeingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ServiceUser person = recordable(id);
		Scale scale = form.getScale() == null ? Scale.SWEMWBS : form.getScale();
		ScaleDefinition definition = this.wellbeing.definition(scale);
		form.validate(definition, result);
		if (result.hasErrors()) {
			return view(person, scale, model);
		}
		Reading saved = this.wellbeing.record(CurrentUser.get(), person, form.reading(Completer.WORKER));
		FlashMessage.success(redirect, "wellbeing.recorded", scale.name(), saved.scoreText());
		return "redirect:/service-users/" + id + "/wellbeing";
	}

	private String view(ServiceUser person, Scale scale, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("definition", this.wellbeing.definition(scale));
		model.addAttribute("withheldReasons", WithholdReason.values());
		return "wellbeing/form";
	}

	private ServiceUser recordable(Long id) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.people.get(user, id);
		if (!this.policy.canRecordOutcomes(user, person)) {
			throw new AccessDeniedException("May not record outcomes for service user " + id);
		}
		return person;
	}

}
