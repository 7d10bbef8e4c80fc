package org.keywork.serviceusers;

import jakarta.validation.Valid;
import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.PeerScope;
import org.keywork.web.Dates;
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
 * Linking a peer support worker to a person, and ending a link. Managers and workers who
 * may edit the person's record link peers; whether they may is decided by the
 * {@link AccessPolicy} through the service.
 */
@Controller
@RequestMapping("/service-users")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class PeerLinkController {

	private final ServiceUserService people;

	private final PeerLinks peerLinks;

	private final Dates dates;

	PeerLinkController(ServiceUserService people, PeerLinks peerLinks, Dates dates) {
		this.people = people;
		this.peerLinks = peerLinks;
		this.dates = dates;
	}

	@GetMapping("/{id}/peers/new")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String peerLinkForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.people.getForEdit(CurrentUser.get(), id);
		PeerLinkForm form = new PeerLinkForm();
		form.setConsentGivenOn(this.dates.today());
		model.addAttribute("form", form);
		return peerLinkView(person, model);
	}

	@PostMapping("/{id}/peers")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String linkPeer(@PathVariable Long id, @Valid @ModelAttribute("form") PeerLinkForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		// who may link peers is checked before anything else, so an invalid form tells an
		// outsider nothing
		ServiceUser person = this.people.getForEdit(CurrentUser.get(), id);
		form.validate(result, this.dates.today());
		if (result.hasErrors()) {
			return peerLinkView(person, model);
		}
		this.peerLinks.link(CurrentUser.get(), id, form);
		FlashMessage.success(redirect, "peer.linked");
		return "redirect:/service-users/" + id + "#peers";
	}

	@PostMapping("/{id}/peers/{linkId}/end")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String endPeerLink(@PathVariable Long id, @PathVariable Long linkId, RedirectAttributes redirect) {
		this.peerLinks.end(CurrentUser.get(), id, linkId);
		FlashMessage.success(redirect, "peer.unlinked");
		return "redirect:/service-users/" + id;
	}

	private String peerLinkView(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("peerOptions", this.peerLinks.options(person));
		model.addAttribute("scopes", PeerScope.values());
		return "serviceusers/peer-link";
	}

}
