package org.keywork.withholding;

import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.support.SupportLists;
import org.keywork.web.PeopleShown;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list managers use to revisit what is withheld from people in the teams they manage.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class WithholdingReviewController {

	private final WithheldItems items;

	private final AccessPolicy policy;

	private final SupportLists lists;

	WithholdingReviewController(WithheldItems items, AccessPolicy policy, SupportLists lists) {
		this.items = items;
		this.policy = policy;
		this.lists = lists;
	}

	@GetMapping("/team/withheld")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<WithheldItem> items = this.items.inTeams(this.policy.teamIds(CurrentUser.get()), page);
		PeopleShown.of(items.getContent(), WithheldItem::personId);
		model.addAttribute("items", items);
		model.addAttribute("categoryNames", this.lists.safetyCategoryNames());
		return "withholding/list";
	}

}
