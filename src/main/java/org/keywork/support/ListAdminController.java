package org.keywork.support;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.web.FlashMessage;

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
 * The administrator's screens for the configurable lists the support records use: life
 * areas and safety-factor categories. Entries are never deleted (old versions of records
 * still name them); they are retired instead. The URL rule for {@code /admin/**}
 * restricts these to administrators.
 */
@Controller
@RequestMapping("/admin/{list:life-areas|safety-categories}")
class ListAdminController {

	private final ListAdministration admin;

	private final SupportLists lists;

	ListAdminController(ListAdministration admin, SupportLists lists) {
		this.admin = admin;
		this.lists = lists;
	}

	@GetMapping
	String list(@PathVariable String list, Model model) {
		model.addAttribute("list", list);
		model.addAttribute("entries", this.admin.entries(list, names(list)));
		return "support/admin/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable String list, Model model) {
		model.addAttribute("form", new ListEntryForm());
		return formView(list, null, model);
	}

	@PostMapping("/new")
	String create(@PathVariable String list, @Valid @ModelAttribute("form") ListEntryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String code = ListAdministration.code(form.getName());
		if (!result.hasFieldErrors("name") && (code.isEmpty() || this.admin.exists(list, code, form.getName()))) {
			result.rejectValue("name", "lists.name.taken");
		}
		if (result.hasErrors()) {
			return formView(list, null, model);
		}
		this.admin.add(list, code, form);
		FlashMessage.success(redirect, "lists.saved");
		return "redirect:/admin/" + list;
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String list, @PathVariable String code, Model model) {
		ListAdministration.Entry entry = this.admin.entry(list, code, names(list));
		ListEntryForm form = new ListEntryForm();
		form.setName(entry.name());
		form.setPosition(entry.position());
		form.setActive(entry.active());
		form.setStaffSafety(entry.staffSafety());
		form.setVersion(entry.version());
		model.addAttribute("form", form);
		return formView(list, code, model);
	}

	@PostMapping("/{code}/edit")
	String update(@PathVariable String list, @PathVariable String code,
			@Valid @ModelAttribute("form") ListEntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.admin.entry(list, code, names(list));
		if (result.hasErrors()) {
			return formView(list, code, model);
		}
		try {
			this.admin.update(list, code, form);
		}
		catch (ListAdministration.StaleEntryException ex) {
			// keep what was typed; saving again (with the current version) replaces the
			// other change
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			result.reject("lists.stale");
			form.setVersion(this.admin.entry(list, code, names(list)).version());
			return formView(list, code, model);
		}
		FlashMessage.success(redirect, "lists.saved");
		return "redirect:/admin/" + list;
	}

	private Map<String, String> names(String list) {
		return list.equals("life-areas") ? this.lists.lifeAreaNames() : this.lists.safetyCategoryNames();
	}

	private String formView(String list, String code, Model model) {
		model.addAttribute("list", list);
		model.addAttribute("code", code);
		return "support/admin/form";
	}

}
