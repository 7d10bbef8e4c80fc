package org.keywork.twofactor;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Reauthentication;
import org.keywork.security.SecondFactorRequirement;
import org.keywork.security.SecondFactorUsed;
import org.keywork.web.FlashMessage;
import org.keywork.web.NotFoundException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff account's own second factor: setting up an authenticator app (the secret as
 * text, its otpauth address and QR image, confirmed with a current code), its recovery
 * codes (shown once) and removing it. Where {@code SecondFactorFilter} sends an account
 * whose role requires a second factor and that has none.
 */
@Controller
@RequestMapping("/account/second-factor")
class AuthenticatorController {

	/** The secret being set up, kept in the session until confirmed with a code. */
	static final String PENDING_SECRET = "keywork.pendingTotpSecret";

	private static final String VIEW = "twofactor/account";

	private static final String CODES = "twofactor/recovery-codes";

	private final SecondFactors secondFactors;

	private final Authenticators authenticators;

	private final RecoveryCodes recoveryCodes;

	private final PasswordEncoder passwords;

	private final Reauthentication reauthentication;

	AuthenticatorController(SecondFactors secondFactors, Authenticators authenticators, RecoveryCodes recoveryCodes,
			PasswordEncoder passwords, Reauthentication reauthentication) {
		this.secondFactors = secondFactors;
		this.authenticators = authenticators;
		this.recoveryCodes = recoveryCodes;
		this.passwords = passwords;
		this.reauthentication = reauthentication;
	}

	@GetMapping
	String show(Model model, HttpServletRequest request) {
		KeyworkUser user = staff();
		if (this.authenticators.enrolled(user.getId())) {
			model.addAttribute("removal", new CodeForm());
		}
		else {
			model.addAttribute("enrolment", new CodeForm());
		}
		return view(user, model, request);
	}

	@PostMapping
	String enrol(@Valid @ModelAttribute("enrolment") CodeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		KeyworkUser user = staff();
		if (this.authenticators.enrolled(user.getId())) {
			return "redirect:/account/second-factor";
		}
		if (!this.reauthentication.allowed(request)) {
			// a signed-in session alone never adds a factor: "confirm it's you" first
			FlashMessage.notice(redirect, "reauth.again");
			return "redirect:/account/second-factor";
		}
		String secret = pendingSecret(request);
		if (!result.hasErrors()) {
			List<String> codes = this.secondFactors.enrol(user, secret, form.getCode(), request);
			if (!codes.isEmpty()) {
				request.getSession().removeAttribute(PENDING_SECRET);
				if (!SecondFactorRequirement.completed(SecurityContextHolder.getContext().getAuthentication())) {
					// the code just given is this sign-in's second factor
					this.secondFactors.completeSignIn(SecondFactorUsed.Factor.TOTP, request, response);
				}
				return codes(codes, model, response, true);
			}
			result.rejectValue("code", "twofactor.code.wrong");
		}
		form.setCode("");
		return view(user, model, request);
	}

	@PostMapping("/recovery-codes")
	String newRecoveryCodes(Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		KeyworkUser user = staff();
		if (!this.authenticators.enrolled(user.getId())) {
			return "redirect:/account/second-factor";
		}
		if (!this.reauthentication.allowed(request)) {
			// new codes sign out every other session: "confirm it's you" first
			FlashMessage.notice(redirect, "reauth.again");
			return "redirect:/account/second-factor";
		}
		return codes(this.secondFactors.newRecoveryCodes(user, request), model, response, false);
	}

	@PostMapping("/remove")
	String remove(@Valid @ModelAttribute("removal") CodeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		KeyworkUser user = staff();
		if (!this.authenticators.enrolled(user.getId())) {
			return "redirect:/account/second-factor";
		}
		if (this.secondFactors.locked(user)) {
			new SecurityContextLogoutHandler().logout(request, response,
					SecurityContextHolder.getContext().getAuthentication());
			return "redirect:/login?locked";
		}
		if (!result.hasErrors()) {
			String typed = form.getCode();
			boolean confirmed = this.passwords.matches(typed, user.getPassword())
					|| this.authenticators.verify(user.getId(), typed.trim());
			if (confirmed) {
				this.secondFactors.removeAuthenticator(user, request);
				FlashMessage.success(redirect, "twofactor.removed");
				return "redirect:/account/second-factor";
			}
			if (this.secondFactors.wrongCode(user)) {
				new SecurityContextLogoutHandler().logout(request, response,
						SecurityContextHolder.getContext().getAuthentication());
				return "redirect:/login?locked";
			}
			result.rejectValue("code", "twofactor.remove.wrong");
		}
		form.setCode("");
		return view(user, model, request);
	}

	private String view(KeyworkUser user, Model model, HttpServletRequest request) {
		boolean enrolled = this.authenticators.enrolled(user.getId());
		boolean confirmed = this.reauthentication.allowed(request);
		model.addAttribute("enrolled", enrolled);
		model.addAttribute("confirmed", confirmed);
		model.addAttribute("required", this.secondFactors.required(user.getRole()));
		model.addAttribute("mustEnrol",
				!SecondFactorRequirement.completed(SecurityContextHolder.getContext().getAuthentication())
						&& !this.secondFactors.enrolled(user.getId()) && this.secondFactors.required(user.getRole()));
		if (enrolled) {
			model.addAttribute("remaining", this.recoveryCodes.remaining(user.getId()));
		}
		else if (confirmed) {
			// no secret is made (nor shown) before "confirm it's you"
			String secret = pendingSecret(request);
			model.addAttribute("secret", secret);
			model.addAttribute("secretGroups", secret.replaceAll("(.{4})(?!$)", "$1 "));
			model.addAttribute("uri", Authenticators.uri(secret, user.getUsername()));
			model.addAttribute("qr", Authenticators.qrImage(secret, user.getUsername()).orElse(null));
		}
		return VIEW;
	}

	private String codes(List<String> codes, Model model, HttpServletResponse response, boolean justEnrolled) {
		// shown once: not kept by the browser's cache either
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("codes", codes);
		model.addAttribute("justEnrolled", justEnrolled);
		return CODES;
	}

	private String pendingSecret(HttpServletRequest request) {
		// kept with the account it was made for: another account signing in later in the
		// same browser is never offered a secret someone else has seen
		HttpSession session = request.getSession();
		String owner = CurrentUser.get().getId() + ":";
		Object pending = session.getAttribute(PENDING_SECRET);
		if (pending instanceof String kept && kept.startsWith(owner)) {
			return kept.substring(owner.length());
		}
		String secret = this.authenticators.newSecret();
		session.setAttribute(PENDING_SECRET, owner + secret);
		return secret;
	}

	/** Only staff have an authenticator app here; a person's portal account does not. */
	private static KeyworkUser staff() {
		KeyworkUser user = CurrentUser.get();
		if (!SecondFactors.offeredTo(user)) {
			throw new NotFoundException("Second factor", user.getId());
		}
		return user;
	}

}
