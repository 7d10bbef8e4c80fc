package org.keywork.portal;

import jakarta.validation.Valid;
import org.keywork.security.PasswordPolicy;
import org.keywork.web.FlashMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /activate}: open to anyone (the person is not signed in yet). The person sets
 * their own password with the username and one-time code a worker gave them, then signs
 * in as usual.
 */
@Controller
class ActivationController {

	private final PortalAccounts accounts;

	private final PasswordPolicy passwords;

	ActivationController(PortalAccounts accounts, PasswordPolicy passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@GetMapping("/activate")
	String form(Model model) {
		model.addAttribute("form", new ActivationForm());
		return "portal/activate";
	}

	@PostMapping("/activate")
	String activate(@Valid @ModelAttribute("form") ActivationForm form, BindingResult result,
			RedirectAttributes redirect) {
		this.passwords.check(form.getPassword(), form.getUsername())
			.ifPresent(code -> result.rejectValue("password", code));
		if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "activate.confirm.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.activate(form.getUsername(), form.getCode(), form.getPassword());
				FlashMessage.success(redirect, "activate.done");
				return "redirect:/login";
			}
			catch (PortalAccounts.ActivationFailedException ex) {
				// one answer for every failure, a lock included (ADR 004)
				result.reject("activate.failed");
			}
		}
		form.setPassword(null);
		form.setConfirmPassword(null);
		return "portal/activate";
	}

}
