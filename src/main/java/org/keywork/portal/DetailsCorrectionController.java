package org.keywork.portal;

import org.keywork.security.CurrentUser;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff mark what a person told us is wrong in their details as dealt with, from the
 * person's page. Only staff who may change the person's record
 * ({@code AccessPolicy.canEdit}); a correction of another person is not found.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class DetailsCorrectionController {

	private final DetailsCorrections corrections;

	DetailsCorrectionController(DetailsCorrections corrections) {
		this.corrections = corrections;
	}

	@PostMapping("/service-users/{id}/details-corrections/{correctionId}/dealt-with")
	String dealtWith(@PathVariable Long id, @PathVariable Long correctionId, RedirectAttributes redirect) {
		this.corrections.dealtWith(CurrentUser.get(), id, correctionId);
		FlashMessage.success(redirect, "detailsCorrection.dealtWith");
		return "redirect:/service-users/" + id;
	}

}
