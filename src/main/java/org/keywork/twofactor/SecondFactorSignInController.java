package org.keywork.twofactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.security.SecondFactorRequirement;
import org.keywork.security.SecondFactorUsed;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The step after the password for an account with a second factor: a code from the
 * authenticator app, or one of the recovery codes. A wrong code counts toward the same
 * lock as a wrong password (ADR 004, ADR 018).
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorSignInController {

	private static final String VIEW = "twofactor/sign-in";

	private final SecondFactors secondFactors;

	private final Authenticators authenticators;

	private final RecoveryCodes recoveryCodes;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	SecondFactorSignInController(SecondFactors secondFactors, Authenticators authenticators,
			RecoveryCodes recoveryCodes) {
		this.secondFactors = secondFactors;
		this.authenticators = authenticators;
		this.recoveryCodes = recoveryCodes;
	}

	@GetMapping
	String form(Model model) {
		String elsewhere = elsewhere();
		if (elsewhere != null) {
			return elsewhere;
		}
		model.addAttribute("secondFactor", new CodeForm());
		return view(model);
	}

	@PostMapping
	String check(@Valid @ModelAttribute("secondFactor") CodeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String elsewhere = elsewhere();
		if (elsewhere != null) {
			return elsewhere;
		}
		KeyworkUser user = CurrentUser.get();
		if (this.secondFactors.locked(user)) {
			new SecurityContextLogoutHandler().logout(request, response,
					SecurityContextHolder.getContext().getAuthentication());
			return "redirect:/login?locked";
		}
		if (!result.hasErrors()) {
			String code = form.getCode().trim();
			if (this.authenticators.verify(user.getId(), code)) {
				this.secondFactors.completeSignIn(SecondFactorUsed.Factor.TOTP, request, response);
				return "redirect:" + whereTheyWereGoing(request, response);
			}
			if (this.recoveryCodes.use(user.getId(), code)) {
				this.secondFactors.completeSignIn(SecondFactorUsed.Factor.RECOVERY_CODE, request, response);
				return "redirect:" + whereTheyWereGoing(request, response);
			}
			if (this.secondFactors.wrongCode(user)) {
				new SecurityContextLogoutHandler().logout(request, response,
						SecurityContextHolder.getContext().getAuthentication());
				return "redirect:/login?locked";
			}
			result.rejectValue("code", "twofactor.code.wrong");
		}
		form.setCode("");
		return view(model);
	}

	/** Where to go instead when there is no code to give here. */
	private String elsewhere() {
		if (SecondFactorRequirement.completed(SecurityContextHolder.getContext().getAuthentication())) {
			return "redirect:/";
		}
		return switch (this.secondFactors.need(CurrentUser.get())) {
			case NONE -> "redirect:/";
			case ENROL -> "redirect:/account/second-factor";
			case VERIFY -> null;
		};
	}

	private String view(Model model) {
		long id = CurrentUser.get().getId();
		model.addAttribute("hasAuthenticator", this.authenticators.enrolled(id));
		model.addAttribute("hasRecoveryCodes", this.recoveryCodes.remaining(id) > 0);
		return VIEW;
	}

	private String whereTheyWereGoing(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		if (saved == null) {
			return "/";
		}
		String url = saved.getRedirectUrl();
		// only ever a page of this application, never somewhere else
		String base = request.getScheme() + "://" + request.getServerName();
		if (!url.startsWith(base)) {
			return "/";
		}
		int path = url.indexOf('/', url.indexOf("://") + 3);
		return path < 0 ? "/" : url.substring(path);
	}

}
