package org.keywork.referrals;

import jakarta.validation.Valid;
import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's consents to share, for the staff who may change their record: every consent
 * with where it stands (expired or expiring flagged), recording a new one and withdrawing
 * one.
 */
@Controller
@RequestMapping("/service-users/{id}/consent")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class ConsentController {

	private final ServiceUserService people;

	private final Consents consents;

	private final Agencies agencies;

	private final AccessPolicy policy;

	ConsentController(ServiceUserService people, Consents consents, Agencies agencies, AccessPolicy policy) {
		this.people = people;
		this.consents = consents;
		this.agencies = agencies;
		this.policy = policy;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = editable(user, id);
		model.addAttribute("person", person);
		model.addAttribute("consents", this.consents.of(user, person));
		model.addAttribute("today", this.consents.today());
		return "referrals/consents";
	}

	@GetMapping("/new")
	String form(@PathVariable Long id, @RequestParam(required = false) Long agencyId, Model model) {
		ServiceUser person = editable(CurrentUser.get(), id);
		ConsentForm form = new ConsentForm();
		form.setGivenOn(this.consents.today());
		form.setAgencyId(agencyId);
		model.addAttribute("form", form);
		return view(person, model);
	}

	@PostMapping
	String record(@PathVariable Long id, @Valid @ModelAttribute("form") ConsentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = editable(user, id);
		form.validate(result);
		if (form.getAgencyId() != null
				&& this.agencies.active().stream().noneMatch(agency -> agency.id().equals(form.getAgencyId()))) {
			result.rejectValue("agencyId", "consent.agency.unknown");
		}
		if (result.hasErrors()) {
			return view(person, model);
		}
		this.consents.record(user, person, form);
		FlashMessage.success(redirect, "consent.recorded");
		return "redirect:/service-users/" + id + "/consent";
	}

	@PostMapping("/{consentId}/withdraw")
	String withdraw(@PathVariable Long id, @PathVariable Long consentId, @RequestParam int version,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = editable(user, id);
		if (this.consents.withdraw(user, person, consentId, version)) {
			FlashMessage.success(redirect, "consent.withdrawn");
		}
		else {
			FlashMessage.notice(redirect, "consent.stale");
		}
		return "redirect:/service-users/" + id + "/consent";
	}

	private String view(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("agencies", this.agencies.active());
		model.addAttribute("kinds", SharedRecordKind.values());
		model.addAttribute("ways", ConsentGiven.values());
		return "referrals/consent-form";
	}

	private ServiceUser editable(KeyworkUser user, Long id) {
		ServiceUser person = this.people.get(user, id);
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("May not see consents of service user " + id);
		}
		return person;
	}

}
