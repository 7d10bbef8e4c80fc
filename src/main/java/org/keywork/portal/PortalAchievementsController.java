package org.keywork.portal;

import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.support.Achievements;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's achievements log in the portal, and adding one of their own. Always the
 * signed-in account's own record, never an id from the URL. Achievements have no
 * withholding: the whole log is the person's.
 */
@Controller
@RequestMapping("/my-support/achievements")
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalAchievementsController {

	static final int SHOWN = 50;

	private final ServiceUserService people;

	private final Achievements achievements;

	private final Dates dates;

	PortalAchievementsController(ServiceUserService people, Achievements achievements, Dates dates) {
		this.people = people;
		this.achievements = achievements;
		this.dates = dates;
	}

	@GetMapping
	String show(Model model) {
		OwnAchievementForm form = new OwnAchievementForm();
		form.setAchievedOn(this.dates.today());
		model.addAttribute("form", form);
		return view(me(CurrentUser.get()), model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") OwnAchievementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		if (result.hasErrors()) {
			return view(me, model);
		}
		this.achievements.addOwn(user, me, form.getAchievedOn(), form.getDescription(), form.getStrengths());
		FlashMessage.success(redirect, "portal.achievement.added");
		return "redirect:/my-support/achievements";
	}

	private String view(ServiceUser me, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("achievements", this.achievements.latest(me, SHOWN));
		return "portal/achievements";
	}

	private ServiceUser me(KeyworkUser user) {
		return this.people.get(user, user.getServiceUserId());
	}

}
