package org.keywork.movingin;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's moving-in checklist for staff of their team: see it, start it, tick an item
 * done, add an item, change one (under optimistic locking). A peer is let in by role only
 * to be told the checklist is not found (404, as any record out of reach: ADR 001).
 */
@Controller
@RequestMapping("/service-users/{id}/moving-in")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class MovingInController {

	private final MovingInChecklists checklists;

	MovingInController(MovingInChecklists checklists) {
		this.checklists = checklists;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		ServiceUser person = this.checklists.readable(CurrentUser.get(), id);
		return page(person, model);
	}

	@PostMapping
	String start(@PathVariable Long id, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.checklists.changeable(user, id);
		if (this.checklists.start(user, person).isPresent()) {
			FlashMessage.success(redirect, "movingin.started");
		}
		else {
			FlashMessage.notice(redirect, "movingin.alreadyStarted");
		}
		return redirect(id);
	}

	@PostMapping("/items/{itemId}/done")
	String done(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) Long version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.checklists.changeable(user, id);
		try {
			this.checklists.markDone(user, person, itemId, version == null ? -1 : version);
		}
		catch (StaleItemException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return page(person, model);
		}
		FlashMessage.success(redirect, "movingin.ticked");
		return redirect(id) + "#item-" + itemId;
	}

	@GetMapping("/items/new")
	String newForm(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.checklists.changeable(user, id);
		this.checklists.latest(user, person).orElseThrow(() -> new NotFoundException("Moving-in checklist", id));
		model.addAttribute("form", keyworkerByDefault(new ItemForm(), person));
		return form(person, null, model);
	}

	@PostMapping("/items")
	String add(@PathVariable Long id, @Valid @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.checklists.changeable(user, id);
		form.validate(result, this.checklists.staff(person), this.checklists.today());
		if (result.hasErrors()) {
			return form(person, null, model);
		}
		Long itemId = this.checklists.add(user, person, form.details(this.checklists.today()));
		FlashMessage.success(redirect, "movingin.added");
		return redirect(id) + "#item-" + itemId;
	}

	@GetMapping("/items/{itemId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long itemId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.checklists.changeable(user, id);
		Item item = this.checklists.item(user, person, itemId);
		model.addAttribute("form", keyworkerByDefault(ItemForm.of(item), person));
		return form(person, item, model);
	}

	@PostMapping("/items/{itemId}")
	String change(@PathVariable Long id, @PathVariable Long itemId, @Valid @ModelAttribute("form") ItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.checklists.changeable(user, id);
		Item item = this.checklists.item(user, person, itemId);
		form.validate(result, this.checklists.staff(person), this.checklists.today());
		if (form.getVersion() == null) {
			result.reject("movingin.stale");
		}
		if (result.hasErrors()) {
			return form(person, item, model);
		}
		try {
			this.checklists.change(user, person, itemId, form.getVersion(), form.details(this.checklists.today()));
		}
		catch (StaleItemException ex) {
			// keep what was typed; saving again applies it over the other change
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			form.setVersion(this.checklists.item(user, person, itemId).version());
			return form(person, item, model);
		}
		FlashMessage.success(redirect, "movingin.changed");
		return redirect(id) + "#item-" + itemId;
	}

	private String page(ServiceUser person, Model model) {
		KeyworkUser user = CurrentUser.get();
		model.addAttribute("person", person);
		model.addAttribute("checklist", this.checklists.latest(user, person).orElse(null));
		model.addAttribute("canChange", this.checklists.canChange(user, person));
		return "movingin/checklist";
	}

	private String form(ServiceUser person, Item item, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("item", item);
		model.addAttribute("whos", Who.values());
		model.addAttribute("staff", this.checklists.staff(person));
		return "movingin/form";
	}

	/** "A member of staff" is the keyworker unless someone else is chosen. */
	private static ItemForm keyworkerByDefault(ItemForm form, ServiceUser person) {
		if (form.getWhoStaffId() == null) {
			form.setWhoStaffId(person.getKeyworkerId());
		}
		return form;
	}

	private static String redirect(Long id) {
		return "redirect:/service-users/" + id + "/moving-in";
	}

}
