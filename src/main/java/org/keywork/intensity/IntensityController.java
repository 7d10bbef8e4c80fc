package org.keywork.intensity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import java.util.List;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's support intensity: the current level and target, a crisis in force, the
 * history; changing the level, stepping up for a crisis, ending it. Staff only (peers and
 * the person: 403).
 */
@Controller
@RequestMapping("/service-users/{id}/intensity")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class IntensityController {

	private final Intensity intensity;

	private final Batches batches;

	IntensityController(Intensity intensity, Batches batches) {
		this.batches = batches;
		this.intensity = intensity;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.intensity.readable(user, id);
		return page(user, person, model);
	}

	@GetMapping("/level")
	String levelForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.intensity.changeable(CurrentUser.get(), id);
		Intensity.Current current = this.intensity.current(person);
		LevelForm form = new LevelForm();
		form.setLevel(current.level());
		model.addAttribute("form", form);
		return levelView(person, current, model);
	}

	@PostMapping("/level")
	String changeLevel(@PathVariable Long id, @Valid @ModelAttribute("form") LevelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.intensity.changeable(user, id);
		if (result.hasErrors()) {
			return levelView(person, model);
		}
		this.intensity.changeLevel(user, person, form.getLevel(), form.getReason());
		FlashMessage.success(redirect, "intensity.level.changed");
		return "redirect:/service-users/" + id + "/intensity";
	}

	@GetMapping("/crisis")
	String crisisForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.intensity.changeable(CurrentUser.get(), id);
		CrisisForm form = new CrisisForm();
		form.setEndsOn(this.intensity.today().plusDays(14));
		model.addAttribute("form", form);
		return crisisView(person, model);
	}

	@PostMapping("/crisis")
	String stepUp(@PathVariable Long id, @Valid @ModelAttribute("form") CrisisForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.intensity.changeable(user, id);
		form.validate(result, this.intensity.today());
		if (result.hasErrors()) {
			return crisisView(person, model);
		}
		this.intensity.stepUp(user, person, form.getReason(), form.getEndsOn());
		FlashMessage.success(redirect, "intensity.crisis.started");
		return "redirect:/service-users/" + id + "/intensity";
	}

	@PostMapping("/crisis/end")
	String endCrisis(@PathVariable Long id, @RequestParam(required = false) Long crisisId,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.intensity.changeable(user, id);
		if (crisisId == null || version == null) {
			FlashMessage.notice(redirect, "intensity.crisis.nothing");
			return "redirect:/service-users/" + id + "/intensity";
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > 1000) {
			why = why.substring(0, 1000);
		}
		try {
			this.intensity.endCrisis(user, person, crisisId, version, why);
		}
		catch (StaleCrisisException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return page(user, person, model);
		}
		FlashMessage.success(redirect, "intensity.crisis.ended");
		return "redirect:/service-users/" + id + "/intensity";
	}

	private String page(KeyworkUser user, ServiceUser person, Model model) {
		// the level, targets, crisis and history: one statement
		Batch batch = this.batches.start();
		Later<Intensity.Current> current = this.intensity.current(person, batch);
		Later<List<Intensity.Change>> history = this.intensity.history(person, batch);
		model.addAttribute("person", person);
		model.addAttribute("current", current.get());
		model.addAttribute("history", history.get());
		model.addAttribute("canChange", this.intensity.canChange(user, person));
		return "intensity/show";
	}

	private String levelView(ServiceUser person, Model model) {
		return levelView(person, this.intensity.current(person), model);
	}

	private String levelView(ServiceUser person, Intensity.Current current, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("current", current);
		model.addAttribute("levels", Level.values());
		return "intensity/level-form";
	}

	private String crisisView(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("current", this.intensity.current(person));
		model.addAttribute("maxDays", CrisisForm.MAX_DAYS);
		return "intensity/crisis-form";
	}

}
