package org.keywork.referrals;

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
 * The administrator's directory of agencies and services: the list, adding and changing
 * an agency (a change made by someone else meanwhile is explained, never overwritten) and
 * taking one out of use. The URL rule for {@code /admin/**} restricts these to
 * administrators.
 */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

	private static final String FORM = "referrals/admin/form";

	private final Agencies agencies;

	AgencyAdminController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agencies", this.agencies.all());
		return "referrals/admin/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new AgencyForm());
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		validate(form, null, result);
		if (result.hasErrors()) {
			form.padContacts();
			return form(null, model);
		}
		this.agencies.add(CurrentUser.get(), form);
		FlashMessage.success(redirect, "agency.added", form.getName().strip());
		return "redirect:/admin/agencies";
	}

	@GetMapping("/{agencyId}/edit")
	String editForm(@PathVariable Long agencyId, Model model) {
		Agency agency = this.agencies.get(agencyId);
		model.addAttribute("form", AgencyForm.of(agency));
		return form(agency, model);
	}

	@PostMapping("/{agencyId}/edit")
	String update(@PathVariable Long agencyId, @Valid @ModelAttribute("form") AgencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Agency agency = this.agencies.get(agencyId);
		validate(form, agencyId, result);
		if (result.hasErrors()) {
			form.padContacts();
			return form(agency, model);
		}
		try {
			this.agencies.update(CurrentUser.get(), agencyId, form);
		}
		catch (StaleAgencyException ex) {
			// keep everything typed; a second, deliberate save applies it over the newer
			// version
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			result.reject("agency.stale");
			form.setVersion(ex.currentVersion());
			form.padContacts();
			return form(agency, model);
		}
		FlashMessage.success(redirect, "agency.changed", form.getName().strip());
		return "redirect:/admin/agencies";
	}

	@PostMapping("/{agencyId}/deactivate")
	String deactivate(@PathVariable Long agencyId, RedirectAttributes redirect) {
		this.agencies.deactivate(CurrentUser.get(), agencyId);
		FlashMessage.success(redirect, "agency.deactivated");
		return "redirect:/admin/agencies";
	}

	private void validate(AgencyForm form, Long agencyId, BindingResult result) {
		form.validate(result);
		if (!result.hasFieldErrors("name") && this.agencies.nameTaken(form.getName(), agencyId)) {
			result.rejectValue("name", "agency.name.taken");
		}
	}

	private String form(Agency agency, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("kinds", AgencyKind.values());
		return FORM;
	}

}
