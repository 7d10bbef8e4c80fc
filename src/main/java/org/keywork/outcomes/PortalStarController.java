package org.keywork.outcomes;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own star in the portal, in plain words: the readings shared with them
 * (chart and table), and adding their own view to a reading. Always the signed-in
 * account's own record, never a person id from the URL.
 */
@Controller
@RequestMapping("/my-support/outcomes")
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalStarController {

	private static final String OWN_VIEW = "outcomes/portal-own-view";

	private final StarReadings readings;

	private final Measures measures;

	PortalStarController(StarReadings readings, Measures measures) {
		this.readings = readings;
		this.measures = measures;
	}

	@GetMapping
	String star(@RequestParam(required = false) Long measure, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		model.addAttribute("me", me);
		model.addAttribute("view", this.readings.view(user, me, measure, from, to));
		return "outcomes/portal-star";
	}

	@GetMapping("/{readingId}/own-view")
	String ownViewForm(@PathVariable Long readingId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		Reading reading = this.readings.reading(user, me, readingId);
		Measure measure = this.measures.get(reading.measureId());
		model.addAttribute("form", OwnViewForm.from(reading, measure));
		return ownView(me, reading, measure, model);
	}

	@PostMapping("/{readingId}/own-view")
	String addOwnView(@PathVariable Long readingId, @ModelAttribute("form") OwnViewForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		Reading reading = this.readings.reading(user, me, readingId);
		Measure measure = this.measures.get(reading.measureId());
		form.validate(measure, result);
		if (result.hasErrors()) {
			return ownView(me, reading, measure, model);
		}
		try {
			this.readings.addOwnView(user, me, readingId, form.getVersion(), form.scores(measure));
		}
		catch (StaleReadingException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			form.setVersion(ex.getCurrent().version());
			return ownView(me, ex.getCurrent(), measure, model);
		}
		FlashMessage.success(redirect, "portal.star.ownView.saved");
		return "redirect:/my-support/outcomes?measure=" + measure.id();
	}

	private String ownView(ServiceUser me, Reading reading, Measure measure, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("reading", reading);
		model.addAttribute("measure", measure);
		return OWN_VIEW;
	}

	private ServiceUser me(KeyworkUser user) {
		if (user.getServiceUserId() == null) {
			throw new NotFoundException("Service user", null);
		}
		ServiceUser me = this.readings.person(user, user.getServiceUserId());
		if (!this.readings.isThePerson(user, me)) {
			throw new NotFoundException("Service user", me.getId());
		}
		return me;
	}

}
