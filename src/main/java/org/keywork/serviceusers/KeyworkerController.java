package org.keywork.serviceusers;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.web.FlashMessage;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a person's keyworker, with the history of changes beside the form. Only an
 * account the {@link AccessPolicy} lets assign keyworkers for this person gets the form
 * (403 otherwise; 404 if the person is out of reach).
 */
@Controller
@RequestMapping("/service-users")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class KeyworkerController {

	private final ServiceUserService people;

	private final Keyworkers keyworkers;

	private final AccessPolicy policy;

	private final Batches batches;

	KeyworkerController(ServiceUserService people, Keyworkers keyworkers, AccessPolicy policy, Batches batches) {
		this.people = people;
		this.keyworkers = keyworkers;
		this.policy = policy;
		this.batches = batches;
	}

	@GetMapping("/{id}/keyworker")
	String keyworkerForm(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = keyworkerAssignable(user, id);
		KeyworkerChangeForm form = new KeyworkerChangeForm();
		form.setKeyworkerId(person.getKeyworkerId());
		form.setVersion(person.getVersion());
		model.addAttribute("form", form);
		return keyworkerView(person, model);
	}

	@PostMapping("/{id}/keyworker")
	String changeKeyworker(@PathVariable Long id, @Valid @ModelAttribute("form") KeyworkerChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = keyworkerAssignable(user, id);
		if (form.getKeyworkerId() != null && this.keyworkers.options(Set.of(person.getTeamId()))
			.stream()
			.noneMatch(account -> account.getId().equals(form.getKeyworkerId()))) {
			result.rejectValue("keyworkerId", "serviceUser.keyworkerId.notInTeam");
		}
		// naming the present keyworker on a form of the record as it is changes nothing;
		// on a form of an older version it is a conflict, answered below
		if (Objects.equals(form.getVersion(), person.getVersion())
				&& Objects.equals(form.getKeyworkerId(), person.getKeyworkerId())) {
			result.rejectValue("keyworkerId",
					person.getKeyworkerId() == null ? "keyworker.unchanged.none" : "keyworker.unchanged");
		}
		if (result.hasErrors()) {
			return keyworkerView(person, model);
		}
		try {
			this.keyworkers.change(user, id, form);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			form.setVersion(ex.getCurrent().getVersion());
			return keyworkerView(ex.getCurrent(), model);
		}
		FlashMessage.success(redirect, "keyworker.changed");
		return "redirect:/service-users/" + id;
	}

	private ServiceUser keyworkerAssignable(KeyworkUser user, Long id) {
		ServiceUser person = this.people.get(user, id);
		if (!this.policy.canAssignKeyworker(user, person)) {
			throw new AccessDeniedException("Managers assign keyworkers");
		}
		return person;
	}

	/** The form's page: the names, the choice and the history read in one statement. */
	private String keyworkerView(ServiceUser person, Model model) {
		Batch batch = this.batches.forRequest();
		Later<ServiceUserRow> row = this.people.row(person, batch);
		Later<List<StaffMember>> options = this.keyworkers.options(person, batch);
		Later<List<Keyworkers.KeyworkerHistoryEntry>> history = this.keyworkers.history(person, batch);
		model.addAttribute("person", person);
		model.addAttribute("row", row.get());
		model.addAttribute("keyworkers", options.get());
		model.addAttribute("history", history.get());
		return "serviceusers/keyworker";
	}

}
