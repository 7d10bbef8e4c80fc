package org.keywork.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's portal account, from their page: create it (or issue a new code), and
 * deactivate it. The code is shown once, on the page the member of staff is sent to
 * straight after issuing it (a flash attribute), and never again.
 */
@Controller
@RequestMapping("/service-users/{id}/portal-account")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class PortalAccountController {

	private final PortalAccounts accounts;

	PortalAccountController(PortalAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		ServiceUser person = this.accounts.manageable(CurrentUser.get(), id);
		model.addAttribute("person", person);
		model.addAttribute("account", this.accounts.status(person).orElse(null));
		return "portal/account";
	}

	/**
	 * A new code. For an account in use the member of staff must first confirm that this
	 * closes it (the person is signed out and can sign in again only with the new code);
	 * without that the page is shown again with the question.
	 */
	@PostMapping
	String issue(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean confirmClose, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		try {
			redirect.addFlashAttribute("issued", this.accounts.issue(user, id, confirmClose));
		}
		catch (PortalAccounts.CloseNotConfirmedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("confirmCloseMissing", true);
			return show(id, model);
		}
		return "redirect:/service-users/" + id + "/portal-account";
	}

	@PostMapping("/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
		this.accounts.deactivate(CurrentUser.get(), id);
		FlashMessage.success(redirect, "portalAccount.deactivated");
		return "redirect:/service-users/" + id + "/portal-account";
	}

}
