package org.keywork.twofactor;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PasswordCheck;
import org.keywork.security.Reauthentication;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Confirm it's you" (ADR 018, re-authentication): the password, or a current code of the
 * account's authenticator app, before adding a sign-in factor, removing a passkey or
 * making new recovery codes. Asked on *Second factor* and *Your passkeys*; a wrong answer
 * is shown here, with an error summary, and counts toward the same lock as a wrong
 * password (when locked, the session is signed out).
 */
@Controller
@RequestMapping("/account/confirm")
class ReauthenticationController {

	static final String VIEW = "twofactor/confirm";

	/** The page asking whether to remove a passkey (its id is base64url). */
	private static final Pattern REMOVE_PASSKEY = Pattern.compile("/account/passkeys/[A-Za-z0-9_-]{1,256}/remove");

	private final Reauthentication reauthentication;

	private final SecondFactors secondFactors;

	private final Authenticators authenticators;

	private final PasswordCheck passwords;

	ReauthenticationController(Reauthentication reauthentication, SecondFactors secondFactors,
			Authenticators authenticators, PasswordCheck passwords) {
		this.reauthentication = reauthentication;
		this.secondFactors = secondFactors;
		this.authenticators = authenticators;
		this.passwords = passwords;
	}

	@PostMapping
	String confirm(@Valid @ModelAttribute("confirm") ConfirmForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		form.setNext(next(form.getNext()));
		if (this.secondFactors.locked(user)) {
			signOut(request, response);
			return "redirect:/login?locked";
		}
		if (!result.hasErrors()) {
			String typed = form.getPassword();
			if (this.passwords.matches(typed, user.getPassword())
					|| this.authenticators.verify(user.getId(), typed.trim())) {
				this.reauthentication.confirmed(request, user);
				this.secondFactors.confirmed(user);
				return "redirect:" + form.getNext();
			}
			if (this.secondFactors.wrongCode(user)) {
				signOut(request, response);
				return "redirect:/login?locked";
			}
			result.rejectValue("password", "reauth.wrong");
		}
		form.setPassword("");
		return VIEW;
	}

	/**
	 * Only ever back to one of the pages that ask: *Second factor*, *Your passkeys*, or
	 * the question whether to remove one of the person's passkeys.
	 */
	static String next(String next) {
		if ("/account/passkeys".equals(next) || next != null && REMOVE_PASSKEY.matcher(next).matches()) {
			return next;
		}
		return "/account/second-factor";
	}

	private static void signOut(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
	}

}
