package org.keywork.support;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.sharing.WithholdReason;
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
 * Changing a Safety &amp; Wellbeing Plan draft: adding and changing factors (each shared
 * with the person unless it is withheld for a recorded reason), removing them, and the
 * crisis contacts. Staff of the person's team only.
 */
@Controller
@RequestMapping("/service-users/{id}/safety-plan")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class SafetyPlanController {

	private final SafetyPlanChanges changes;

	private final SupportPages pages;

	private final SupportLists lists;

	SafetyPlanController(SafetyPlanChanges changes, SupportPages pages, SupportLists lists) {
		this.changes = changes;
		this.pages = pages;
		this.lists = lists;
	}

	@GetMapping("/factors/new")
	String newFactor(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		RecordView<?> view = draft(user, id, model);
		FactorForm form = new FactorForm();
		form.setVersion(view.record().getVersion());
		model.addAttribute("form", form);
		return factorView(null, null, model);
	}

	@PostMapping("/factors/new")
	String addFactor(@PathVariable Long id, @Valid @ModelAttribute("form") FactorForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, model);
		this.pages.latestForChange(user, person, RecordKind.SAFETY_PLAN);
		validate(form, null, result);
		if (result.hasErrors()) {
			return factorView(null, null, model);
		}
		try {
			this.changes.addFactor(user, id, form);
		}
		catch (StaleRecordException ex) {
			this.pages.conflict(ex, model, response);
			form.setVersion(ex.getCurrent().getVersion());
			return factorView(null, null, model);
		}
		FlashMessage.success(redirect, "safety.factor.added");
		return SupportRecordController.redirectTo(id, RecordKind.SAFETY_PLAN);
	}

	@GetMapping("/factors/{factorId}/edit")
	String editFactor(@PathVariable Long id, @PathVariable String factorId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, model);
		RecordView<?> view = this.pages.latestForChange(user, person, RecordKind.SAFETY_PLAN);
		// a factor the plan does not have is not found, whether or not the plan is agreed
		SafetyPlanContent.Factor factor = factor(view, factorId);
		requireDraft(view);
		model.addAttribute("form", FactorForm.of(factor, view.record().getVersion()));
		return factorView(factorId, factor.getCategory(), model);
	}

	@PostMapping("/factors/{factorId}/edit")
	String changeFactor(@PathVariable Long id, @PathVariable String factorId,
			@Valid @ModelAttribute("form") FactorForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, model);
		RecordView<?> view = this.pages.latestForChange(user, person, RecordKind.SAFETY_PLAN);
		String current = factor(view, factorId).getCategory();
		validate(form, current, result);
		if (result.hasErrors()) {
			return factorView(factorId, current, model);
		}
		try {
			this.changes.changeFactor(user, id, factorId, form);
		}
		catch (StaleRecordException ex) {
			this.pages.conflict(ex, model, response);
			form.setVersion(ex.getCurrent().getVersion());
			return factorView(factorId, current, model);
		}
		FlashMessage.success(redirect, "safety.factor.changed");
		return SupportRecordController.redirectTo(id, RecordKind.SAFETY_PLAN);
	}

	@PostMapping("/factors/{factorId}/remove")
	String removeFactor(@PathVariable Long id, @PathVariable String factorId, @RequestParam Long version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, model);
		RecordView<?> view = this.pages.latestForChange(user, person, RecordKind.SAFETY_PLAN);
		factor(view, factorId);
		try {
			this.changes.removeFactor(user, id, factorId, version);
		}
		catch (StaleRecordException ex) {
			// nothing was removed: the page shows what changed, and the plan can be
			// looked at again
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return "error/409";
		}
		FlashMessage.success(redirect, "safety.factor.removed");
		return SupportRecordController.redirectTo(id, RecordKind.SAFETY_PLAN);
	}

	@GetMapping("/crisis-contacts")
	String crisisContactsForm(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		RecordView<?> view = draft(user, id, model);
		CrisisContactsForm form = new CrisisContactsForm();
		form.setCrisisContacts(((SafetyPlanContent) view.content()).getCrisisContacts());
		form.setVersion(view.record().getVersion());
		model.addAttribute("form", form);
		return contactsView(model);
	}

	@PostMapping("/crisis-contacts")
	String saveCrisisContacts(@PathVariable Long id, @Valid @ModelAttribute("form") CrisisContactsForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, model);
		this.pages.latestForChange(user, person, RecordKind.SAFETY_PLAN);
		if (result.hasErrors()) {
			return contactsView(model);
		}
		try {
			this.changes.saveCrisisContacts(user, id, form);
		}
		catch (StaleRecordException ex) {
			this.pages.conflict(ex, model, response);
			form.setVersion(ex.getCurrent().getVersion());
			return contactsView(model);
		}
		FlashMessage.success(redirect, "safety.crisisContacts.saved");
		return SupportRecordController.redirectTo(id, RecordKind.SAFETY_PLAN);
	}

	/**
	 * The latest version for a form that changes it: it must be a draft (an agreed plan
	 * is reviewed first).
	 */
	private RecordView<?> draft(KeyworkUser user, Long id, Model model) {
		ServiceUser person = this.pages.person(user, id, model);
		RecordView<?> view = this.pages.latestForChange(user, person, RecordKind.SAFETY_PLAN);
		requireDraft(view);
		return view;
	}

	private static void requireDraft(RecordView<?> view) {
		if (!view.record().isDraft()) {
			throw new RecordNotEditableException(view.record());
		}
	}

	private static SafetyPlanContent.Factor factor(RecordView<?> view, String factorId) {
		return ((SafetyPlanContent) view.content()).factor(factorId)
			.orElseThrow(() -> new NotFoundException("Safety factor", factorId));
	}

	/**
	 * A factor's category must be one on the list (or, when changing it, the one it
	 * already had).
	 */
	private void validate(FactorForm form, String currentCategory, BindingResult result) {
		form.validate(result);
		String category = form.getCategory();
		if (category != null && !category.isBlank() && !category.equals(currentCategory)
				&& this.lists.safetyCategories().stream().noneMatch(option -> option.code().equals(category))) {
			result.rejectValue("category", "safety.factor.category.unknown");
		}
	}

	private String categoryName(String code) {
		return this.lists.safetyCategoryNames().getOrDefault(code, code);
	}

	private String factorView(String factorId, String currentCategory, Model model) {
		List<SupportLists.Option> categories = new ArrayList<>(this.lists.safetyCategories());
		if (currentCategory != null && categories.stream().noneMatch(o -> o.code().equals(currentCategory))) {
			categories.add(new SupportLists.Option(currentCategory, categoryName(currentCategory)));
		}
		model.addAttribute("kind", RecordKind.SAFETY_PLAN);
		model.addAttribute("factorId", factorId);
		model.addAttribute("categories", categories);
		model.addAttribute("staffSafetyCategories", this.lists.staffSafetyCategories());
		model.addAttribute("levels", Level.values());
		model.addAttribute("reasons", WithholdReason.values());
		return "support/safety/factor";
	}

	private String contactsView(Model model) {
		model.addAttribute("kind", RecordKind.SAFETY_PLAN);
		return "support/safety/crisis-contacts";
	}

}
