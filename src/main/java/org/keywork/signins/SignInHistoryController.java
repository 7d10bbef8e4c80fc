package org.keywork.signins;

import org.keywork.security.CurrentUser;
import org.keywork.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in history: every account's own ({@code /account/sign-ins}, linked from *My
 * sessions*) and, for administrators, any account's (linked from the account's page).
 */
@Controller
class SignInHistoryController {

	private final SignInHistory history;

	SignInHistoryController(SignInHistory history) {
		this.history = history;
	}

	@GetMapping("/account/sign-ins")
	String own(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("events", this.history.forAccount(CurrentUser.get().getId(), page));
		model.addAttribute("baseUrl", "/account/sign-ins");
		return "signins/list";
	}

	@GetMapping("/admin/accounts/{id}/sign-ins")
	@PreAuthorize("hasRole('ADMIN')")
	String forAccount(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		SignInHistory.AccountName account = this.history.account(id)
			.orElseThrow(() -> new NotFoundException("Account", id));
		model.addAttribute("account", account);
		model.addAttribute("events", this.history.forAccount(id, page));
		model.addAttribute("baseUrl", "/admin/accounts/" + id + "/sign-ins");
		return "signins/list";
	}

}
