package org.keywork.movingin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
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
 * The administrator's moving-in template: its items in order, adding one, changing one
 * (its words, place, whether in use; a change made by someone else meanwhile is
 * explained, never overwritten). The URL rule for {@code /admin/**} restricts these to
 * administrators.
 */
@Controller
@RequestMapping("/admin/moving-in")
class MovingInAdminController {

	private static final String FORM = "movingin/admin/form";

	private final MovingInTemplate template;

	MovingInAdminController(MovingInTemplate template) {
		this.template = template;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("items", this.template.all());
		return "movingin/admin/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		TemplateItemForm form = new TemplateItemForm();
		form.setPosition(this.template.nextPosition());
		model.addAttribute("form", form);
		model.addAttribute("templateItem", null);
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") TemplateItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("templateItem", null);
			return FORM;
		}
		this.template.add(CurrentUser.get(), form);
		FlashMessage.success(redirect, "movingin.template.added");
		return "redirect:/admin/moving-in";
	}

	@GetMapping("/{templateItemId}/edit")
	String editForm(@PathVariable Long templateItemId, Model model) {
		TemplateItem item = this.template.get(templateItemId);
		model.addAttribute("form", TemplateItemForm.of(item));
		model.addAttribute("templateItem", item);
		return FORM;
	}

	@PostMapping("/{templateItemId}/edit")
	String update(@PathVariable Long templateItemId, @Valid @ModelAttribute("form") TemplateItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		TemplateItem item = this.template.get(templateItemId);
		model.addAttribute("templateItem", item);
		if (form.getVersion() == null) {
			result.reject("movingin.stale");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.template.update(CurrentUser.get(), templateItemId, form);
		}
		catch (StaleItemException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			result.reject("movingin.stale");
			form.setVersion(this.template.get(templateItemId).version());
			return FORM;
		}
		FlashMessage.success(redirect, "movingin.template.changed");
		return "redirect:/admin/moving-in";
	}

}
