package org.keywork.serviceusers;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PeerScope;
import org.keywork.security.Role;
import org.keywork.staff.Team;
import org.keywork.timeline.Timeline;
import org.keywork.timeline.TimelineKind;
import org.keywork.web.Dates;
import org.keywork.web.FlashMessage;

import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of people, a person's page, and the forms that change their core record. Managers and workers list and
 * edit; a linked peer may open the person's page (a limited view); service users and administrators have no access
 * here (403). Which person each account may open is decided by {@link AccessPolicy} through the service.
 */
@Controller
@RequestMapping("/service-users")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class ServiceUserController {

	private static final String FORM = "serviceusers/form";

	private final ServiceUserService service;

	private final AccessPolicy policy;

	private final Timeline timeline;

	private final List<PersonPageSection> sections;

	private final Dates dates;

	ServiceUserController(ServiceUserService service, AccessPolicy policy, Timeline timeline,
			ObjectProvider<PersonPageSection> sections, Dates dates) {
		this.dates = dates;
		this.service = service;
		this.policy = policy;
		this.timeline = timeline;
		this.sections = sections.orderedStream().toList();
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String list(@ModelAttribute("search") ServiceUserSearch search, @RequestParam(defaultValue = "0") int page,
			Model model) {
		KeyworkUser user = CurrentUser.get();
		List<Team> teams = this.service.teamsFor(user);
		model.addAttribute("people", this.service.search(user, search, page));
		model.addAttribute("teams", teams);
		model.addAttribute("keyworkers", this.service.keyworkerOptions(this.policy.teamIds(user)));
		model.addAttribute("statuses", ServiceUserStatus.values());
		model.addAttribute("baseUrl", search.toQueryString("/service-users"));
		return "serviceusers/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String newForm(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUserForm form = new ServiceUserForm();
		List<Team> teams = this.service.teamsFor(user);
		if (teams.size() == 1) {
			form.setTeamId(teams.get(0).getId());
		}
		if (user.hasRole(Role.WORKER)) {
			form.setKeyworkerId(user.getId());
		}
		model.addAttribute("form", form);
		return createView(user, model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String create(@Valid @ModelAttribute("form") ServiceUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		form.validate(result);
		this.service.checkChoices(user, form, true, result);
		if (result.hasErrors()) {
			return createView(user, model);
		}
		if (!form.isNotADuplicate()) {
			List<ServiceUser> duplicates = this.service.possibleDuplicates(user, form);
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return createView(user, model);
			}
		}
		ServiceUser person = this.service.create(user, form);
		FlashMessage.success(redirect, "serviceUser.created", person.getReference());
		return "redirect:/service-users/" + person.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.service.get(user, id);
		model.addAttribute("row", this.service.row(person));
		model.addAttribute("person", person);
		model.addAttribute("canEdit", this.policy.canEdit(user, person));
		model.addAttribute("canAssignKeyworker", this.policy.canAssignKeyworker(user, person));
		model.addAttribute("canManagePeers", this.policy.canManagePeers(user, person));
		model.addAttribute("peerView", user.hasRole(Role.PEER));
		model.addAttribute("peers", this.service.peerLinks(person));
		if (!user.hasRole(Role.PEER)) {
			model.addAttribute("history", this.service.keyworkerHistory(person));
		}
		if (this.policy.canManagePeers(user, person)) {
			model.addAttribute("peerOptions", this.service.peerOptions(person));
		}
		model.addAttribute("canRecordContact", this.policy.canRecordContact(user, person));
		model.addAttribute("sections", this.sections.stream()
			.flatMap(section -> section.content(user, person).stream())
			.toList());
		TimelineKind timelineKind = TimelineKind.parse(kind);
		model.addAttribute("timelineKind", timelineKind);
		model.addAttribute("timelineKinds", TimelineKind.values());
		model.addAttribute("timeline", this.timeline.forPerson(user, person, timelineKind, page));
		return "serviceusers/show";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.service.getForEdit(user, id);
		model.addAttribute("form", ServiceUserForm.from(person));
		return editView(user, person, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ServiceUserForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.service.getForEdit(user, id);
		form.validate(result);
		this.service.checkChoices(user, form, false, result);
		if (result.hasErrors()) {
			return editView(user, person, model);
		}
		try {
			this.service.update(user, id, form);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			// keep everything typed; show what is saved now; a second, deliberate save applies the form
			model.addAttribute("conflict", this.service.row(ex.getCurrent()));
			form.setVersion(ex.getCurrent().getVersion());
			return editView(user, ex.getCurrent(), model);
		}
		FlashMessage.success(redirect, "serviceUser.updated");
		return "redirect:/service-users/" + id;
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
		if (form.getKeyworkerId() != null && this.service.keyworkerOptions(Set.of(person.getTeamId()))
			.stream()
			.noneMatch(account -> account.getId().equals(form.getKeyworkerId()))) {
			result.rejectValue("keyworkerId", "serviceUser.keyworkerId.notInTeam");
		}
		if (result.hasErrors()) {
			return keyworkerView(person, model);
		}
		try {
			this.service.changeKeyworker(user, id, form);
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

	@GetMapping("/{id}/peers/new")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String peerLinkForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.service.getForEdit(CurrentUser.get(), id);
		PeerLinkForm form = new PeerLinkForm();
		form.setConsentGivenOn(this.dates.today());
		model.addAttribute("form", form);
		return peerLinkView(person, model);
	}

	@PostMapping("/{id}/peers")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String linkPeer(@PathVariable Long id, @Valid @ModelAttribute("form") PeerLinkForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		// who may link peers is checked before anything else, so an invalid form tells an outsider nothing
		ServiceUser person = this.service.getForEdit(CurrentUser.get(), id);
		form.validate(result, this.dates.today());
		if (result.hasErrors()) {
			return peerLinkView(person, model);
		}
		this.service.linkPeer(CurrentUser.get(), id, form);
		FlashMessage.success(redirect, "peer.linked");
		return "redirect:/service-users/" + id + "#peers";
	}

	private String peerLinkView(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("peerOptions", this.service.peerOptions(person));
		model.addAttribute("scopes", PeerScope.values());
		return "serviceusers/peer-link";
	}

	@PostMapping("/{id}/peers/{linkId}/end")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String endPeerLink(@PathVariable Long id, @PathVariable Long linkId, RedirectAttributes redirect) {
		this.service.endPeerLink(CurrentUser.get(), id, linkId);
		FlashMessage.success(redirect, "peer.unlinked");
		return "redirect:/service-users/" + id;
	}

	private ServiceUser keyworkerAssignable(KeyworkUser user, Long id) {
		ServiceUser person = this.service.get(user, id);
		if (!this.policy.canAssignKeyworker(user, person)) {
			throw new AccessDeniedException("Managers assign keyworkers");
		}
		return person;
	}

	private String createView(KeyworkUser user, Model model) {
		model.addAttribute("teams", this.service.teamsFor(user));
		model.addAttribute("keyworkers", this.service.keyworkerOptions(this.policy.teamIds(user)));
		model.addAttribute("statuses", ServiceUserStatus.values());
		model.addAttribute("creating", true);
		return FORM;
	}

	private String editView(KeyworkUser user, ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("teams", this.service.teamsFor(user));
		model.addAttribute("statuses", ServiceUserStatus.values());
		model.addAttribute("creating", false);
		return FORM;
	}

	private String keyworkerView(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("row", this.service.row(person));
		model.addAttribute("keyworkers", this.service.keyworkerOptions(Set.of(person.getTeamId())));
		model.addAttribute("history", this.service.keyworkerHistory(person));
		return "serviceusers/keyworker";
	}

}
