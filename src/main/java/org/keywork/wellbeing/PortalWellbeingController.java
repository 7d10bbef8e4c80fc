package org.keywork.wellbeing;

import java.util.List;

import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.web.Dates;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own wellbeing in the portal: their trend in plain words, and completing a
 * scale themselves. Always the signed-in account's own record, never an id from the URL;
 * withheld readings never reach this page (left out in SQL).
 */
@Controller
@RequestMapping("/my-support/wellbeing")
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalWellbeingController {

	private final ServiceUserService people;

	private final Wellbeing wellbeing;

	private final Dates dates;

	PortalWellbeingController(ServiceUserService people, Wellbeing wellbeing, Dates dates) {
		this.people = people;
		this.wellbeing = wellbeing;
		this.dates = dates;
	}

	@GetMapping
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		List<Reading> readings = this.wellbeing.readings(user, me);
		model.addAttribute("me", me);
		model.addAttribute("trends", this.wellbeing.trends(me, readings));
		model.addAttribute("readings", Wellbeing.newestFirst(readings));
		model.addAttribute("scales", Scale.values());
		return "wellbeing/portal";
	}

	@GetMapping("/new")
	String form(@RequestParam(defaultValue = "SWEMWBS") Scale scale, Model model) {
		ServiceUser me = me(CurrentUser.get());
		Scale chosen = scale == null ? Scale.SWEMWBS : scale;
		WellbeingForm form = new WellbeingForm();
		form.setScale(chosen);
		form.setTakenOn(this.dates.today());
		model.addAttribute("form", form);
		return view(me, chosen, model);
	}

	@PostMapping
	String record(@Valid @ModelAttribute("form") WellbeingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		Scale scale = form.getScale() == null ? Scale.SWEMWBS : form.getScale();
		ScaleDefinition definition = this.wellbeing.definition(scale);
		form.validateAnswers(definition, result);
		if (result.hasErrors()) {
			return view(me, scale, model);
		}
		Reading saved = this.wellbeing.record(user, me, form.reading(Completer.PERSON));
		FlashMessage.success(redirect, "wellbeing.portal.saved", scale.name(), saved.scoreText());
		return "redirect:/my-support/wellbeing";
	}

	private String view(ServiceUser me, Scale scale, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("definition", this.wellbeing.definition(scale));
		return "wellbeing/portal-form";
	}

	private ServiceUser me(KeyworkUser user) {
		return this.people.get(user, user.getServiceUserId());
	}

}
