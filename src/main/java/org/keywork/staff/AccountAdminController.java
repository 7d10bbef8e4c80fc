package org.keywork.staff;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.keywork.security.CurrentUser;
import org.keywork.security.PasswordPolicy;
import org.keywork.security.Role;
import org.keywork.web.FlashMessage;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's account screens. {@code /admin/**} is for ADMIN only
 * (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	/**
	 * Roles an administrator can give here; SERVICE_USER accounts are made from the
	 * person's record.
	 */
	static final List<Role> ASSIGNABLE_ROLES = List.of(Role.WORKER, Role.PEER, Role.MANAGER, Role.ADMIN);

	private static final String LIST = "staff/accounts/list";

	private static final String SHOW = "staff/accounts/show";

	private static final String FORM = "staff/accounts/form";

	private static final String RESET = "staff/accounts/password";

	private final AccountAdministration administration;

	private final PasswordPolicy passwordPolicy;

	private final AccessApprovals approvals;

	AccountAdminController(AccountAdministration administration, PasswordPolicy passwordPolicy,
			AccessApprovals approvals) {
		this.approvals = approvals;
		this.administration = administration;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Role roleFilter = parseRole(role).orElse(null);
		Page<AccountRow> accounts = this.administration.search(q, roleFilter, page);
		model.addAttribute("accounts", accounts);
		model.addAttribute("q", q);
		model.addAttribute("role", roleFilter == null ? "" : roleFilter.name());
		model.addAttribute("roles", ASSIGNABLE_ROLES);
		model.addAttribute("filtered", !q.isBlank() || roleFilter != null);
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/accounts");
		if (!q.isBlank()) {
			base.queryParam("q", q);
		}
		if (roleFilter != null) {
			base.queryParam("role", roleFilter.name());
		}
		model.addAttribute("pageBase", base.encode().build().toUriString());
		model.addAttribute("pendingApprovals", this.approvals.countPending());
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("account", new NewAccountForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("account") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		List<Team> teams = this.administration.allTeams();
		form.checkRoleAndTeams(result, teams.stream().map(Team::getId).toList());
		if (!result.hasFieldErrors("username") && this.administration.usernameTaken(form.getUsername())) {
			result.rejectValue("username", "account.username.taken");
		}
		this.passwordPolicy.check(form.getPassword(), form.getUsername())
			.ifPresent(code -> result.rejectValue("password", code));
		if (!result.hasErrors()) {
			try {
				AccountAdministration.Created created = this.administration.create(form);
				FlashMessage.success(redirect, created.held() ? "account.createdHeld" : "account.created",
						form.getUsername());
				return "redirect:/admin/accounts/" + created.id();
			}
			catch (DataIntegrityViolationException ex) {
				// someone created the same username between the check and the insert
				result.rejectValue("username", "account.username.taken");
			}
		}
		form.setPassword("");
		return form(model, null);
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.administration.get(id));
		model.addAttribute("self", id.equals(CurrentUser.get().getId()));
		model.addAttribute("pending", this.approvals.pendingFor(id));
		model.addAttribute("neverApproved", this.administration.neverApproved(id));
		return SHOW;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.administration.editForm(id));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("account") AccountForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AccountRow current = this.administration.get(id);
		form.checkRoleAndTeams(result, this.administration.allTeams().stream().map(Team::getId).toList());
		if (!result.hasErrors()) {
			try {
				boolean held = this.administration.update(id, form);
				FlashMessage.success(redirect,
						!held ? "account.saved"
								: id.equals(CurrentUser.get().getId()) ? "account.teamsHeld" : "account.roleHeld",
						current.username());
				return "redirect:/admin/accounts/" + id;
			}
			catch (StaleVersionException ex) {
				result.reject("account.conflict");
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		return form(model, id);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (id.equals(CurrentUser.get().getId())) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("ownAccountRefused", true);
			return show(id, model);
		}
		this.administration.setEnabled(id, false);
		FlashMessage.success(redirect, "account.deactivated", this.administration.username(id));
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable Long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (this.administration.neverApproved(id)) {
			// a new account with case access signs in only once a second administrator
			// approves it (ADR 021)
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("reactivateRefused", true);
			return show(id, model);
		}
		this.administration.setEnabled(id, true);
		FlashMessage.success(redirect, "account.reactivated", this.administration.username(id));
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/{id}/password")
	String resetForm(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.administration.get(id));
		model.addAttribute("reset", new PasswordResetForm());
		return RESET;
	}

	@PostMapping("/{id}/password")
	String reset(@PathVariable Long id, @ModelAttribute("reset") PasswordResetForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountRow account = this.administration.get(id);
		this.passwordPolicy.check(form.getPassword(), account.username())
			.ifPresent(code -> result.rejectValue("password", code));
		if (result.hasErrors()) {
			form.setPassword("");
			model.addAttribute("account", account);
			return RESET;
		}
		boolean held = this.administration.resetPassword(id, form.getPassword());
		FlashMessage.success(redirect, held ? "account.passwordResetHeld" : "account.passwordReset",
				account.username());
		return "redirect:/admin/accounts/" + id;
	}

	private String form(Model model, Long id) {
		model.addAttribute("accountId", id);
		model.addAttribute("teams", this.administration.allTeams());
		model.addAttribute("roles", ASSIGNABLE_ROLES);
		if (id != null) {
			model.addAttribute("current", this.administration.get(id));
		}
		return FORM;
	}

	private static Optional<Role> parseRole(String role) {
		try {
			return role.isBlank() ? Optional.empty() : Optional.of(Role.valueOf(role));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
