package org.keywork.staff;

import org.keywork.security.CurrentUser;
import org.keywork.web.FlashMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes waiting for a second administrator ({@link AccessApprovals}): every
 * administrator sees them; any administrator but the one who asked approves or turns each
 * down. {@code /admin/**} is for ADMIN only (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/approvals")
class ApprovalAdminController {

	private final AccessApprovals approvals;

	ApprovalAdminController(AccessApprovals approvals) {
		this.approvals = approvals;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pending", this.approvals.pending());
		model.addAttribute("me", CurrentUser.get().getId());
		return "staff/approvals";
	}

	@PostMapping("/{approvalId}/approve")
	String approve(@PathVariable Long approvalId, RedirectAttributes redirect) {
		this.approvals.approve(approvalId, CurrentUser.get().getId());
		FlashMessage.success(redirect, "approvals.approved");
		return "redirect:/admin/approvals";
	}

	@PostMapping("/{approvalId}/reject")
	String reject(@PathVariable Long approvalId, RedirectAttributes redirect) {
		this.approvals.reject(approvalId, CurrentUser.get().getId());
		FlashMessage.success(redirect, "approvals.rejected");
		return "redirect:/admin/approvals";
	}

}
