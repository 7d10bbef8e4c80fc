package org.keywork.support;

import java.util.Map;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing the Support Overview draft: the person's aspirations and, for every life area,
 * the support need, the strengths, a priority and the person's own words. Staff of the
 * person's team only.
 */
@Controller
@RequestMapping("/service-users/{id}/support-overview/edit")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class OverviewController {

	private final OverviewChanges changes;

	private final SupportPages pages;

	private final SupportLists lists;

	OverviewController(OverviewChanges changes, SupportPages pages, SupportLists lists) {
		this.changes = changes;
		this.pages = pages;
		this.lists = lists;
	}

	@GetMapping
	String form(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, model);
		RecordView<?> view = this.pages.latestForChange(user, person, RecordKind.OVERVIEW);
		if (!view.record().isDraft()) {
			throw new RecordNotEditableException(view.record());
		}
		OverviewContent content = (OverviewContent) view.content();
		model.addAttribute("form", OverviewForm.of(content, this.lists.lifeAreas(), view.record().getVersion()));
		return formView(model);
	}

	@PostMapping
	String save(@PathVariable Long id, @Valid @ModelAttribute("form") OverviewForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, model);
		this.pages.latestForChange(user, person, RecordKind.OVERVIEW);
		Map<String, String> names = this.lists.lifeAreaNames();
		form.getAreas().removeIf(area -> area.getCode() == null || !names.containsKey(area.getCode()));
		if (result.hasErrors()) {
			return formView(model);
		}
		try {
			this.changes.save(user, id, form);
		}
		catch (StaleRecordException ex) {
			this.pages.conflict(ex, model, response);
			form.setVersion(ex.getCurrent().getVersion());
			// what the other person saved comes into the parts this editor left alone
			OverviewContent current = (OverviewContent) this.pages.latestForChange(user, person, RecordKind.OVERVIEW)
				.content();
			model.addAttribute("conflictBoth", form.takeChangesOf(current));
			return formView(model);
		}
		FlashMessage.success(redirect, "overview.saved");
		return SupportRecordController.redirectTo(id, RecordKind.OVERVIEW);
	}

	private String formView(Model model) {
		model.addAttribute("kind", RecordKind.OVERVIEW);
		model.addAttribute("lifeAreaNames", this.lists.lifeAreaNames());
		model.addAttribute("priorities", Priority.values());
		return "support/overview/form";
	}

}
