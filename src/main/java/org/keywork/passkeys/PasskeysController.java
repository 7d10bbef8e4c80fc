package org.keywork.passkeys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.Reauthentication;
import org.keywork.web.FlashMessage;
import org.keywork.web.NotFoundException;

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
 * *My passkeys*, for every account: the list, a new passkey (made in the browser by
 * {@code js/passkeys.js} through Spring Security's {@code /webauthn/register}), a new
 * name, removal. Adding and removing one need a recent "confirm it's you" (ADR 018). Only
 * the person's own passkeys are ever found here: another account's passkey id is a 404
 * (ADR 001).
 */
@Controller
@RequestMapping("/account/passkeys")
class PasskeysController {

	private final Passkeys passkeys;

	private final Reauthentication reauthentication;

	PasskeysController(Passkeys passkeys, Reauthentication reauthentication) {
		this.passkeys = passkeys;
		this.reauthentication = reauthentication;
	}

	@GetMapping
	String list(Model model, HttpServletRequest request) {
		model.addAttribute("passkeys", this.passkeys.list(CurrentUser.get().getUsername()));
		// adding one needs a recent "confirm it's you" (ADR 018)
		model.addAttribute("confirmed", this.reauthentication.allowed(request));
		return "passkeys/list";
	}

	@GetMapping("/{id}/rename")
	String renameForm(@PathVariable String id, Model model) {
		Passkey passkey = own(id);
		PasskeyForm form = new PasskeyForm();
		form.setLabel(passkey.label());
		model.addAttribute("passkey", passkey);
		model.addAttribute("form", form);
		return "passkeys/rename";
	}

	@PostMapping("/{id}/rename")
	String rename(@PathVariable String id, @Valid @ModelAttribute("form") PasskeyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Passkey passkey = own(id);
		if (result.hasErrors()) {
			model.addAttribute("passkey", passkey);
			return "passkeys/rename";
		}
		if (!this.passkeys.rename(CurrentUser.get().getUsername(), id, form.getLabel().strip())) {
			throw new NotFoundException("passkey", id);
		}
		FlashMessage.success(redirect, "passkeys.renamed");
		return "redirect:/account/passkeys";
	}

	/**
	 * Asks whether to remove it; first "confirm it's you" (ADR 018), which comes back
	 * here.
	 */
	@GetMapping("/{id}/remove")
	String confirmRemove(@PathVariable String id, Model model, HttpServletRequest request) {
		model.addAttribute("passkey", own(id));
		model.addAttribute("confirmed", this.reauthentication.allowed(request));
		return "passkeys/remove";
	}

	/**
	 * Removes it after a recent "confirm it's you": someone at a device left signed in
	 * cannot take away the person's way of signing in without their password.
	 */
	@PostMapping("/{id}/remove")
	String remove(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		own(id);
		if (!this.reauthentication.allowed(request)) {
			FlashMessage.notice(redirect, "reauth.again");
			return "redirect:/account/passkeys/" + id + "/remove";
		}
		if (!this.passkeys.remove(CurrentUser.get().getUsername(), id)) {
			throw new NotFoundException("passkey", id);
		}
		FlashMessage.success(redirect, "passkeys.removed");
		return "redirect:/account/passkeys";
	}

	private Passkey own(String id) {
		return this.passkeys.list(CurrentUser.get().getUsername())
			.stream()
			.filter(p -> p.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("passkey", id));
	}

}
