package org.keywork.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.support.SupportRecordEvent.Action;
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
 * Editing the Support Overview draft: the person's aspirations and, for every life area, the support need, the
 * strengths, a priority and the person's own words. Staff of the person's team only.
 */
@Controller
@RequestMapping("/service-users/{id}/support-overview/edit")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class OverviewController {

	private final SupportRecordService service;

	private final SupportPages pages;

	private final SupportLists lists;

	OverviewController(SupportRecordService service, SupportPages pages, SupportLists lists) {
		this.service = service;
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
		List<String> order = this.lists.lifeAreas().stream().map(SupportLists.Option::code).toList();
		try {
			this.service.edit(user, id, RecordKind.OVERVIEW, form.getVersion(), OverviewContent.class,
					content -> apply(form, content, order));
		}
		catch (StaleRecordException ex) {
			this.pages.conflict(ex, model, response);
			form.setVersion(ex.getCurrent().getVersion());
			return formView(model);
		}
		FlashMessage.success(redirect, "overview.saved");
		return SupportRecordController.redirectTo(id, RecordKind.OVERVIEW);
	}

	/** Copies the form into the content, keeping areas in the configured order; says what changed. */
	static HistoryLine apply(OverviewForm form, OverviewContent content, List<String> order) {
		List<String> changed = new ArrayList<>();
		String aspirations = trim(form.getAspirations());
		if (!Objects.equals(aspirations, content.getAspirations())) {
			changed.add("aspirations");
		}
		content.setAspirations(aspirations);
		Map<String, OverviewContent.AreaEntry> byCode = new LinkedHashMap<>();
		content.getAreas().forEach(entry -> byCode.put(entry.getId(), entry));
		for (OverviewForm.Area area : form.getAreas()) {
			OverviewContent.AreaEntry entry = byCode.computeIfAbsent(area.getCode(), code -> {
				OverviewContent.AreaEntry created = new OverviewContent.AreaEntry();
				created.setId(code);
				return created;
			});
			String need = trim(area.getNeed());
			String strengths = trim(area.getStrengths());
			String ownWords = trim(area.getOwnWords());
			Priority priority = area.getPriority() == null ? Priority.NONE : area.getPriority();
			if (!Objects.equals(need, entry.getNeed()) || !Objects.equals(strengths, entry.getStrengths())
					|| !Objects.equals(ownWords, entry.getOwnWords()) || priority != entry.getPriority()) {
				changed.add(area.getCode());
			}
			entry.setNeed(need);
			entry.setStrengths(strengths);
			entry.setOwnWords(ownWords);
			entry.setPriority(priority);
		}
		List<OverviewContent.AreaEntry> ordered = new ArrayList<>();
		order.stream().map(byCode::remove).filter(Objects::nonNull).forEach(ordered::add);
		ordered.addAll(byCode.values());
		content.setAreas(ordered);
		return changed.isEmpty() ? HistoryLine.of(Action.NO_CHANGE)
				: HistoryLine.of(Action.OVERVIEW_CHANGED, null, String.join(",", changed));
	}

	private String formView(Model model) {
		model.addAttribute("kind", RecordKind.OVERVIEW);
		model.addAttribute("lifeAreaNames", this.lists.lifeAreaNames());
		model.addAttribute("priorities", Priority.values());
		return "support/overview/form";
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
