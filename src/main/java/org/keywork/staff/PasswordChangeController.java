package org.keywork.staff;

import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.security.LoginThrottle;
import org.keywork.security.PasswordChangeInterceptor;
import org.keywork.security.PasswordPolicy;
import org.keywork.web.FlashMessage;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any signed-in account changing its own password; also where
 * {@link PasswordChangeInterceptor} sends someone whose password an administrator set. On
 * success the session's principal is replaced so the interceptor lets them go.
 */
@Controller
@RequestMapping(PasswordChangeInterceptor.CHANGE_PASSWORD_PATH)
class PasswordChangeController {

	private static final String VIEW = "staff/change-password";

	private final OwnPassword ownPassword;

	private final PasswordPolicy passwordPolicy;

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	/**
	 * Where form login keeps the context; Security 7 does not save a changed context by
	 * itself.
	 */
	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	private final LoginThrottle throttle;

	PasswordChangeController(OwnPassword ownPassword, PasswordPolicy passwordPolicy, LoginThrottle throttle) {
		this.ownPassword = ownPassword;
		this.passwordPolicy = passwordPolicy;
		this.throttle = throttle;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordChange", new PasswordChangeForm());
		return view(model);
	}

	@PostMapping
	String change(@Valid @ModelAttribute("passwordChange") PasswordChangeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		this.passwordPolicy.check(form.getNewPassword(), user.getUsername())
			.ifPresent(code -> result.rejectValue("newPassword", code));
		if (!result.hasFieldErrors("newPassword") && Objects.equals(form.getNewPassword(), form.getCurrentPassword())) {
			result.rejectValue("newPassword", "password.sameAsCurrent");
		}
		if (!result.hasFieldErrors("newPassword")
				&& !Objects.equals(form.getNewPassword(), form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (!result.hasErrors()) {
			Optional<String> hash = this.ownPassword.change(user.getId(), form.getCurrentPassword(),
					form.getNewPassword());
			if (hash.isPresent()) {
				this.throttle.recordSuccess(user.getUsername());
				signInAgain(user.withPasswordChanged(hash.get()), request, response);
				FlashMessage.success(redirect, "password.changed");
				return "redirect:/";
			}
			// a wrong current password counts like a failed sign-in: an open session
			// cannot be used to guess it
			if (this.throttle.recordFailure(user.getUsername())) {
				new SecurityContextLogoutHandler().logout(request, response,
						this.contextHolder.getContext().getAuthentication());
				return "redirect:/login?locked";
			}
			result.rejectValue("currentPassword", "password.current.wrong");
		}
		form.setCurrentPassword("");
		form.setNewPassword("");
		form.setConfirmPassword("");
		return view(model);
	}

	/**
	 * Puts the updated principal in a fresh context, under a new session id, and saves it
	 * in the session.
	 */
	private void signInAgain(KeyworkUser updated, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		this.contextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.contextRepository.saveContext(context, request, response);
	}

	private String view(Model model) {
		model.addAttribute("mustChange", CurrentUser.get().isMustChangePassword());
		return VIEW;
	}

}
