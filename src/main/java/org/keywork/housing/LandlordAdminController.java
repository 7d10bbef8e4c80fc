package org.keywork.housing;

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
 * The administrator's list of landlords: adding and changing one (a change made by
 * someone else meanwhile is explained, never overwritten) and taking one out of use. The
 * URL rule for {@code /admin/**} restricts these to administrators.
 */
@Controller
@RequestMapping("/admin/landlords")
class LandlordAdminController {

	private static final String FORM = "housing/admin/form";

	private final Landlords landlords;

	LandlordAdminController(Landlords landlords) {
		this.landlords = landlords;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("landlords", this.landlords.all());
		return "housing/admin/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new LandlordForm());
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") LandlordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		validate(form, null, result);
		if (result.hasErrors()) {
			form.padContacts();
			return form(null, model);
		}
		this.landlords.add(CurrentUser.get(), form);
		FlashMessage.success(redirect, "landlord.added", form.getName().strip());
		return "redirect:/admin/landlords";
	}

	@GetMapping("/{landlordId}/edit")
	String editForm(@PathVariable Long landlordId, Model model) {
		Landlord landlord = this.landlords.get(landlordId);
		model.addAttribute("form", LandlordForm.of(landlord));
		return form(landlord, model);
	}

	@PostMapping("/{landlordId}/edit")
	String update(@PathVariable Long landlordId, @Valid @ModelAttribute("form") LandlordForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Landlord landlord = this.landlords.get(landlordId);
		validate(form, landlordId, result);
		if (result.hasErrors()) {
			form.padContacts();
			return form(landlord, model);
		}
		try {
			this.landlords.update(CurrentUser.get(), landlordId, form);
		}
		catch (StaleLandlordException ex) {
			// keep everything typed; a second, deliberate save applies it
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			result.reject("landlord.stale");
			form.setVersion(ex.currentVersion());
			form.padContacts();
			return form(landlord, model);
		}
		FlashMessage.success(redirect, "landlord.changed", form.getName().strip());
		return "redirect:/admin/landlords";
	}

	@PostMapping("/{landlordId}/deactivate")
	String deactivate(@PathVariable Long landlordId, RedirectAttributes redirect) {
		this.landlords.deactivate(CurrentUser.get(), landlordId);
		FlashMessage.success(redirect, "landlord.deactivated");
		return "redirect:/admin/landlords";
	}

	private void validate(LandlordForm form, Long landlordId, BindingResult result) {
		form.validate(result);
		if (!result.hasFieldErrors("name") && form.getName() != null
				&& this.landlords.nameTaken(form.getName(), landlordId)) {
			result.rejectValue("name", "landlord.name.taken");
		}
	}

	private String form(Landlord landlord, Model model) {
		model.addAttribute("landlord", landlord);
		model.addAttribute("kinds", LandlordKind.values());
		return FORM;
	}

}
