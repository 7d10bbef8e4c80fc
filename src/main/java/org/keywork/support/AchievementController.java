package org.keywork.support;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding to a person's achievements log (shown with their Action Plan). */
@Controller
@RequestMapping("/service-users/{id}/achievements")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class AchievementController {

	private final SupportPages pages;

	private final SupportRecordService service;

	private final Achievements achievements;

	private final Clock clock;

	AchievementController(SupportPages pages, SupportRecordService service, Achievements achievements, Clock clock) {
		this.pages = pages;
		this.service = service;
		this.achievements = achievements;
		this.clock = clock;
	}

	@GetMapping("/new")
	String form(@PathVariable Long id, Model model) {
		editable(id, model);
		AchievementForm form = new AchievementForm();
		form.setAchievedOn(LocalDate.now(this.clock));
		model.addAttribute("form", form);
		return "support/achievement-form";
	}

	@PostMapping
	String add(@PathVariable Long id, @Valid @ModelAttribute("form") AchievementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ServiceUser person = editable(id, model);
		if (result.hasErrors()) {
			return "support/achievement-form";
		}
		this.achievements.add(CurrentUser.get(), person, form);
		FlashMessage.success(redirect, "achievement.added");
		return SupportRecordController.redirectTo(id, RecordKind.ACTION_PLAN) + "#achievements";
	}

	private ServiceUser editable(Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, model);
		if (!this.service.canChange(user, person)) {
			throw new AccessDeniedException("Read-only access");
		}
		return person;
	}

}
