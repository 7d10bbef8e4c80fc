package org.keywork.serviceusers;

import java.util.Optional;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.staff.TeamChoices.TeamChoice;
import org.keywork.timeline.Timeline;
import org.keywork.timeline.TimelineKind;
import org.keywork.web.FlashMessage;
import org.keywork.web.PeopleShown;

import org.springframework.data.domain.Page;
import org.springframework.beans.factory.ObjectProvider;
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
 * The list of people, a person's page, and the forms that change their core record (the
 * keyworker is changed in {@link KeyworkerController}, peers are linked in
 * {@link PeerLinkController}). Managers and workers list and edit; a linked peer may open
 * the person's page (a limited view); service users and administrators have no access
 * here (403). Which person each account may open is decided by {@link AccessPolicy}
 * through the service.
 */
@Controller
@RequestMapping("/service-users")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class ServiceUserController {

	private static final String FORM = "serviceusers/form";

	private final ServiceUserService service;

	private final Keyworkers keyworkers;

	private final PeerLinks peerLinks;

	private final AccessPolicy policy;

	private final Timeline timeline;

	private final List<PersonPageSection> sections;

	private final Batches batches;

	ServiceUserController(ServiceUserService service, Keyworkers keyworkers, PeerLinks peerLinks, AccessPolicy policy,
			Timeline timeline, ObjectProvider<PersonPageSection> sections, Batches batches) {
		this.service = service;
		this.keyworkers = keyworkers;
		this.peerLinks = peerLinks;
		this.policy = policy;
		this.timeline = timeline;
		this.sections = sections.orderedStream().toList();
		this.batches = batches;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String list(@ModelAttribute("search") ServiceUserSearch search, @RequestParam(defaultValue = "0") int page,
			Model model) {
		KeyworkUser user = CurrentUser.get();
		List<TeamChoice> teams = this.service.teamsFor(user);
		List<StaffMember> staff = this.keyworkers.options(this.policy.teamIds(user));
		Page<PersonListRow> people = this.service.search(user, search, page);
		PeopleShown.of(people.getContent(), PersonListRow::id);
		model.addAttribute("people", people);
		model.addAttribute("teams", teams);
		model.addAttribute("keyworkers", staff);
		model.addAttribute("statuses", ServiceUserStatus.values());
		model.addAttribute("baseUrl", search.toQueryString("/service-users"));
		return "serviceusers/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String newForm(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUserForm form = new ServiceUserForm();
		List<TeamChoice> teams = this.service.teamsFor(user);
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
		boolean canManagePeers = this.policy.canManagePeers(user, person);
		TimelineKind timelineKind = TimelineKind.parse(kind);
		// everything else on the page is read in one statement: first every query is
		// registered in the batch, then read
		Batch batch = this.batches.forRequest();
		Later<ServiceUserRow> row = this.service.row(person, batch);
		Later<List<PeerLinks.PeerLinkView>> peers = this.peerLinks.of(person, batch);
		Later<List<Keyworkers.KeyworkerHistoryEntry>> history = user.hasRole(Role.PEER) ? null
				: this.keyworkers.history(person, batch);
		Later<Boolean> peersToLink = canManagePeers ? this.peerLinks.anyToLink(person, batch) : Later.of(false);
		Later<? extends Page<?>> timeline = this.timeline.forPerson(user, person, timelineKind, page, batch);
		List<Later<Optional<PersonPageSection.Content>>> sections = this.sections.stream()
			.map(section -> section.content(user, person, batch))
			.toList();
		model.addAttribute("row", row.get());
		model.addAttribute("person", person);
		model.addAttribute("canEdit", this.policy.canEdit(user, person));
		model.addAttribute("canAssignKeyworker", this.policy.canAssignKeyworker(user, person));
		model.addAttribute("canManagePeers", canManagePeers);
		model.addAttribute("peerView", user.hasRole(Role.PEER));
		model.addAttribute("peers", peers.get());
		if (history != null) {
			model.addAttribute("history", history.get());
		}
		model.addAttribute("peersToLink", peersToLink.get());
		model.addAttribute("canRecordContact", this.policy.canRecordContact(user, person));
		model.addAttribute("sections", sections.stream().flatMap(section -> section.get().stream()).toList());
		model.addAttribute("timelineKind", timelineKind);
		model.addAttribute("timelineKinds", this.timeline.kinds(user, person));
		model.addAttribute("timeline", timeline.get());
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
			// keep everything typed; show what is saved now; a second, deliberate save
			// applies the form
			model.addAttribute("conflict", this.service.row(ex.getCurrent()));
			form.setVersion(ex.getCurrent().getVersion());
			return editView(user, ex.getCurrent(), model);
		}
		FlashMessage.success(redirect, "serviceUser.updated");
		return "redirect:/service-users/" + id;
	}

	private String createView(KeyworkUser user, Model model) {
		model.addAttribute("teams", this.service.teamsFor(user));
		model.addAttribute("keyworkers", this.keyworkers.options(this.policy.teamIds(user)));
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

}
