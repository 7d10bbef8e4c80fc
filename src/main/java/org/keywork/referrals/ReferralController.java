package org.keywork.referrals;

import jakarta.validation.Valid;
import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.sharing.WithholdReason;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's referrals, for the staff who may change their record: the list with each
 * status history, making a referral (refused, with the form kept, when it shares
 * information without valid consent) and changing a status.
 */
@Controller
@RequestMapping("/service-users/{id}/referrals")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class ReferralController {

	private final ServiceUserService people;

	private final Referrals referrals;

	private final Agencies agencies;

	private final Consents consents;

	private final AccessPolicy policy;

	ReferralController(ServiceUserService people, Referrals referrals, Agencies agencies, Consents consents,
			AccessPolicy policy) {
		this.people = people;
		this.referrals = referrals;
		this.agencies = agencies;
		this.consents = consents;
		this.policy = policy;
	}

	@GetMapping
	String list(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = editable(user, id);
		model.addAttribute("person", person);
		model.addAttribute("referrals", this.referrals.of(user, person));
		model.addAttribute("statuses", ReferralStatus.values());
		model.addAttribute("today", this.consents.today());
		return "referrals/list";
	}

	@GetMapping("/new")
	String form(@PathVariable Long id, Model model) {
		ServiceUser person = editable(CurrentUser.get(), id);
		ReferralForm form = new ReferralForm();
		form.setReferredOn(this.consents.today());
		model.addAttribute("form", form);
		return view(person, model);
	}

	@PostMapping
	String make(@PathVariable Long id, @Valid @ModelAttribute("form") ReferralForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = editable(user, id);
		form.validate(result, this.consents.today());
		Agency agency = form.getAgencyId() == null ? null
				: this.agencies.active()
					.stream()
					.filter(a -> a.id().equals(form.getAgencyId()))
					.findFirst()
					.orElse(null);
		if (form.getAgencyId() != null && agency == null) {
			result.rejectValue("agencyId", "referral.agency.unknown");
		}
		if (agency != null && form.getServiceId() != null
				&& agency.activeServices().stream().noneMatch(s -> s.id().equals(form.getServiceId()))) {
			result.rejectValue("serviceId", "referral.service.unknown");
		}
		if (!this.referrals.lifeAreas().keySet().containsAll(form.getLifeAreas())) {
			result.rejectValue("lifeAreas", "referral.lifeAreas.unknown");
		}
		if (!result.hasErrors() && !this.referrals.consentCovers(person, form)) {
			result.rejectValue("sharesInformation", "referral.noConsent",
					new Object[] { agency.name(), person.getKnownAs() }, null);
			model.addAttribute("noConsent", true);
		}
		if (result.hasErrors()) {
			return view(person, model);
		}
		this.referrals.make(user, person, form);
		FlashMessage.success(redirect, "referral.made", agency.name());
		return "redirect:/service-users/" + id + "/referrals";
	}

	@PostMapping("/{referralId}/status")
	String status(@PathVariable Long id, @PathVariable Long referralId, @Valid @ModelAttribute StatusForm form,
			BindingResult result, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = editable(user, id);
		this.referrals.requireOwn(person, referralId);
		if (result.hasErrors()) {
			FlashMessage.notice(redirect, "referral.status.invalid");
		}
		else if (this.referrals.changeStatus(user, person, referralId, form, this.consents.today())) {
			FlashMessage.success(redirect, "referral.status.changed");
		}
		else {
			FlashMessage.notice(redirect, "referral.stale");
		}
		return "redirect:/service-users/" + id + "/referrals#referral-" + referralId;
	}

	private String view(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("agencies", this.agencies.active());
		model.addAttribute("lifeAreas", this.referrals.lifeAreas());
		model.addAttribute("withheldReasons", WithholdReason.values());
		return "referrals/form";
	}

	private ServiceUser editable(KeyworkUser user, Long id) {
		ServiceUser person = this.people.get(user, id);
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("May not see referrals of service user " + id);
		}
		return person;
	}

}
