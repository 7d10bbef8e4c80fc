package org.keywork.movingin;

import jakarta.servlet.http.HttpServletResponse;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's moving-in checklist in the portal: all of it (nothing in it is withheld),
 * and marking done the items that are theirs to do (recorded as done by them). Always the
 * signed-in account's own record.
 */
@Controller
@RequestMapping("/my-support/moving-in")
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalMovingInController {

	private final MovingInChecklists checklists;

	PortalMovingInController(MovingInChecklists checklists) {
		this.checklists = checklists;
	}

	@GetMapping
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		return page(user, this.checklists.readable(user, user.getServiceUserId()), model);
	}

	@PostMapping("/items/{itemId}/done")
	String done(@PathVariable Long itemId, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.checklists.readable(user, user.getServiceUserId());
		try {
			this.checklists.markDone(user, me, itemId, version == null ? -1 : version);
		}
		catch (StaleItemException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return page(user, me, model);
		}
		FlashMessage.success(redirect, "movingin.portal.ticked");
		return "redirect:/my-support/moving-in#item-" + itemId;
	}

	private String page(KeyworkUser user, ServiceUser me, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("checklist", this.checklists.latest(user, me).orElse(null));
		return "movingin/portal";
	}

}
