package org.keywork.twofactor;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.keywork.security.CurrentUser;
import org.keywork.security.Role;
import org.keywork.web.FlashMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's side: which roles must have a second factor, and removing an
 * account's second factors when its device is lost. {@code /admin/**} is for ADMIN only
 * (SecurityConfiguration).
 */
@Controller
class SecondFactorAdminController {

	private static final String POLICY = "twofactor/policy";

	private static final String RESET = "twofactor/reset";

	private final SecondFactorPolicy policy;

	private final SecondFactors secondFactors;

	private final AccountFactors accountFactors;

	SecondFactorAdminController(SecondFactorPolicy policy, SecondFactors secondFactors, AccountFactors accountFactors) {
		this.policy = policy;
		this.secondFactors = secondFactors;
		this.accountFactors = accountFactors;
	}

	@GetMapping("/admin/second-factor")
	String policy(Model model) {
		PolicyForm form = new PolicyForm();
		for (SecondFactorPolicy.RoleChoice choice : this.policy.all()) {
			form.getRequired().put(choice.role().name(), choice.required());
			form.getVersions().put(choice.role().name(), choice.version());
		}
		model.addAttribute("policy", form);
		return policyView(model);
	}

	@PostMapping("/admin/second-factor")
	String savePolicy(@ModelAttribute("policy") PolicyForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<Role, Boolean> required = new HashMap<>();
		Map<Role, Long> versions = new HashMap<>();
		for (Role role : SecondFactorPolicy.ROLES) {
			Boolean choice = form.getRequired().get(role.name());
			if (choice == null) {
				result.rejectValue("required[" + role.name() + "]", "twofactor.policy.choose");
			}
			required.put(role, choice);
			versions.put(role, form.getVersions().get(role.name()));
		}
		if (!result.hasErrors()) {
			try {
				this.policy.save(required, versions, CurrentUser.get().getId());
				FlashMessage.success(redirect, "twofactor.policy.saved");
				return "redirect:/admin/second-factor";
			}
			catch (SecondFactorPolicy.StalePolicyException | IllegalArgumentException ex) {
				result.reject("twofactor.policy.conflict");
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		return policyView(model);
	}

	@GetMapping("/admin/accounts/{id}/second-factor/reset")
	String confirmReset(@PathVariable long id, Model model) {
		model.addAttribute("account", this.accountFactors.get(id));
		return RESET;
	}

	@PostMapping("/admin/accounts/{id}/second-factor/reset")
	String reset(@PathVariable long id, RedirectAttributes redirect) {
		AccountFactors.Summary account = this.accountFactors.get(id);
		this.secondFactors.reset(id, CurrentUser.get().getId());
		FlashMessage.success(redirect, "twofactor.reset.done", account.username());
		return "redirect:/admin/accounts/" + id;
	}

	private String policyView(Model model) {
		model.addAttribute("roles", SecondFactorPolicy.ROLES);
		return POLICY;
	}

}
