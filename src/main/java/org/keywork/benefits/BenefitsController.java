package org.keywork.benefits;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.WithholdReason;
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
 * A person's welfare benefits for staff of their team: the list; add a benefit, change
 * one (under optimistic locking).
 */
@Controller
@RequestMapping("/service-users/{id}/benefits")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class BenefitsController {

	private final WelfareBenefits benefits;

	BenefitsController(WelfareBenefits benefits) {
		this.benefits = benefits;
	}

	@GetMapping
	String list(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.benefits.readable(user, id);
		model.addAttribute("person", person);
		model.addAttribute("benefits", this.benefits.list(user, person));
		model.addAttribute("canChange", this.benefits.canChange(user, person));
		model.addAttribute("showSharing", this.benefits.seesWithheld(user, person));
		return "benefits/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.benefits.changeable(CurrentUser.get(), id);
		BenefitForm form = new BenefitForm();
		form.setStatus(BenefitStatus.APPLYING);
		form.setStatusSince(this.benefits.today());
		model.addAttribute("form", form);
		return formView(person, null, model);
	}

	@PostMapping
	String add(@PathVariable Long id, @Valid @ModelAttribute("form") BenefitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.benefits.changeable(user, id);
		form.validate(result, this.benefits.today());
		if (result.hasErrors()) {
			return formView(person, null, model);
		}
		this.benefits.add(user, person, form.details());
		FlashMessage.success(redirect, "benefits.added");
		return "redirect:/service-users/" + id + "/benefits";
	}

	@GetMapping("/{benefitId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long benefitId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.benefits.changeable(user, id);
		Benefit benefit = this.benefits.get(user, person, benefitId);
		model.addAttribute("form", BenefitForm.of(benefit));
		return formView(person, benefit, model);
	}

	@PostMapping("/{benefitId}")
	String change(@PathVariable Long id, @PathVariable Long benefitId, @Valid @ModelAttribute("form") BenefitForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.benefits.changeable(user, id);
		Benefit benefit = this.benefits.get(user, person, benefitId);
		form.validate(result, this.benefits.today());
		if (form.getVersion() == null) {
			result.reject("benefits.stale");
		}
		if (result.hasErrors()) {
			return formView(person, benefit, model);
		}
		try {
			this.benefits.change(user, person, benefitId, form.getVersion(), form.details());
		}
		catch (StaleBenefitException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return formView(person, benefit, model);
		}
		FlashMessage.success(redirect, "benefits.changed");
		return "redirect:/service-users/" + id + "/benefits";
	}

	private String formView(ServiceUser person, Benefit benefit, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("benefit", benefit);
		model.addAttribute("types", BenefitType.values());
		model.addAttribute("statuses", BenefitStatus.values());
		model.addAttribute("periods", BenefitPeriod.values());
		model.addAttribute("withheldReasons", WithholdReason.values());
		model.addAttribute("currency", this.benefits.currencySymbol());
		return "benefits/form";
	}

}
