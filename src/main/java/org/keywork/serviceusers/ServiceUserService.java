package org.keywork.serviceusers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PeerScope;
import org.keywork.security.Role;
import org.keywork.staff.Account;
import org.keywork.staff.AccountRepository;
import org.keywork.staff.Team;
import org.keywork.staff.TeamRepository;
import org.keywork.web.NotFoundException;
import org.keywork.web.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Everything done to a person's core record. Every read and write asks the {@link AccessPolicy} first; other
 * capabilities load a person through {@link #get(KeyworkUser, Long)} so they inherit the same rule.
 */
@Service
@Transactional(readOnly = true)
public class ServiceUserService {

	public static final int PAGE_SIZE = 25;

	static final Set<Role> KEYWORKER_ROLES = EnumSet.of(Role.WORKER, Role.MANAGER);

	private static final Logger log = LoggerFactory.getLogger(ServiceUserService.class);

	private final ServiceUserRepository people;

	private final KeyworkerAssignmentRepository assignments;

	private final PeerLinkRepository peerLinks;

	private final AccountRepository accounts;

	private final TeamRepository teams;

	private final AccessPolicy policy;

	private final Clock clock;

	ServiceUserService(ServiceUserRepository people, KeyworkerAssignmentRepository assignments,
			PeerLinkRepository peerLinks, AccountRepository accounts, TeamRepository teams, AccessPolicy policy,
			Clock clock) {
		this.people = people;
		this.assignments = assignments;
		this.peerLinks = peerLinks;
		this.accounts = accounts;
		this.teams = teams;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The person, if this account may see them. A person outside the account's reach is reported exactly like one
	 * that does not exist (ADR 001).
	 */
	public ServiceUser get(KeyworkUser user, Long id) {
		ServiceUser person = this.people.findById(id).orElseThrow(() -> new NotFoundException("Service user", id));
		if (!this.policy.canRead(user, person)) {
			log.info("Refused: account {} reading service user {}", user.getId(), id);
			throw new NotFoundException("Service user", id);
		}
		return person;
	}

	/** The person, if this account may change their record; 404 if out of reach, 403 if only readable. */
	public ServiceUser getForEdit(KeyworkUser user, Long id) {
		ServiceUser person = get(user, id);
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("Read-only access to service user " + id);
		}
		return person;
	}

	Page<ServiceUserRow> search(KeyworkUser user, ServiceUserSearch search, int page) {
		Set<Long> visible = this.policy.teamIds(user);
		PageRequest request = Pages.of(page, PAGE_SIZE, search.toSort());
		if (visible.isEmpty()) {
			return Page.empty(request);
		}
		Page<ServiceUser> found = this.people.findAll(search.toSpecification(visible), request);
		return withNames(found);
	}

	/** The open caseload of one keyworker, within the teams the account may see. */
	Page<ServiceUserRow> caseload(KeyworkUser user, int page) {
		ServiceUserSearch search = new ServiceUserSearch();
		search.setKeyworkerId(user.getId());
		Set<Long> visible = this.policy.teamIds(user);
		PageRequest request = Pages.of(page, PAGE_SIZE, search.toSort());
		if (visible.isEmpty()) {
			return Page.empty(request);
		}
		Page<ServiceUser> found = this.people.findAll(search.toSpecification(visible)
			.and((root, query, cb) -> cb.notEqual(root.get("status"), ServiceUserStatus.MOVED_ON)), request);
		return withNames(found);
	}

	Page<ServiceUserRow> linkedToPeer(KeyworkUser peer, int page) {
		return withNames(this.people.findLinkedToPeer(peer.getId(),
				Pages.of(page, PAGE_SIZE, new ServiceUserSearch().toSort())));
	}

	/** Turns a page of people into rows with team and keyworker names, in two queries whatever the page size. */
	Page<ServiceUserRow> withNames(Page<ServiceUser> found) {
		Map<Long, String> teamNames = teamNames(found.map(ServiceUser::getTeamId).toSet());
		Map<Long, String> keyworkerNames = accountNames(found.map(ServiceUser::getKeyworkerId).toSet());
		return found.map(person -> new ServiceUserRow(person, teamNames.get(person.getTeamId()),
				keyworkerNames.get(person.getKeyworkerId())));
	}

	public ServiceUserRow row(ServiceUser person) {
		return new ServiceUserRow(person, teamNames(Set.of(person.getTeamId())).get(person.getTeamId()),
				person.getKeyworkerId() == null ? null : accountNames(Set.of(person.getKeyworkerId()))
					.get(person.getKeyworkerId()));
	}

	/** People the account can see with the same name and date of birth. */
	List<ServiceUser> possibleDuplicates(KeyworkUser user, ServiceUserForm form) {
		Set<Long> visible = this.policy.teamIds(user);
		if (form.getLegalName() == null || form.getDateOfBirth() == null || visible.isEmpty()) {
			return List.of();
		}
		return this.people.findPossibleDuplicates(form.getLegalName(), form.getDateOfBirth(), visible);
	}

	/** Checks the choices in the form that depend on who is asking: the team, and the keyworker when creating. */
	void checkChoices(KeyworkUser user, ServiceUserForm form, boolean creating, Errors errors) {
		if (form.getTeamId() != null && !this.policy.canCreateIn(user, form.getTeamId())) {
			errors.rejectValue("teamId", "serviceUser.teamId.notYours");
		}
		if (creating && form.getKeyworkerId() != null && form.getTeamId() != null
				&& !isKeyworkerInTeam(form.getKeyworkerId(), form.getTeamId())) {
			errors.rejectValue("keyworkerId", "serviceUser.keyworkerId.notInTeam");
		}
	}

	@Transactional
	public ServiceUser create(KeyworkUser user, ServiceUserForm form) {
		if (!this.policy.canCreateIn(user, form.getTeamId())) {
			throw new AccessDeniedException("Cannot create in team " + form.getTeamId());
		}
		String reference = "KW-%06d".formatted(this.people.nextReferenceNumber());
		ServiceUser person = new ServiceUser(reference, form.getLegalName().trim(), form.getTeamId(), user.getId());
		form.applyTo(person);
		this.people.save(person);
		if (form.getKeyworkerId() != null) {
			if (!isKeyworkerInTeam(form.getKeyworkerId(), form.getTeamId())) {
				throw new AccessDeniedException("Keyworker not in team");
			}
			person.setKeyworkerId(form.getKeyworkerId());
			this.assignments.save(new KeyworkerAssignment(person.getId(), form.getKeyworkerId(),
					this.clock.instant(), "Keyworker when the record was created", user.getId()));
		}
		log.info("Service user {} created by account {}", person.getId(), user.getId());
		return person;
	}

	@Transactional
	public ServiceUser update(KeyworkUser user, Long id, ServiceUserForm form) {
		ServiceUser person = getForEdit(user, id);
		if (!Objects.equals(form.getVersion(), person.getVersion())) {
			throw new StaleEditException(person);
		}
		if (!person.getTeamId().equals(form.getTeamId()) && !this.policy.canCreateIn(user, form.getTeamId())) {
			throw new AccessDeniedException("Cannot move to team " + form.getTeamId());
		}
		form.applyTo(person);
		person.touch(user.getId());
		this.people.saveAndFlush(person);
		log.info("Service user {} updated by account {}", id, user.getId());
		return person;
	}

	@Transactional
	public void changeKeyworker(KeyworkUser user, Long id, KeyworkerChangeForm form) {
		ServiceUser person = get(user, id);
		if (!this.policy.canAssignKeyworker(user, person)) {
			throw new AccessDeniedException("Cannot assign keyworker for " + id);
		}
		if (!Objects.equals(form.getVersion(), person.getVersion())) {
			throw new StaleEditException(person);
		}
		if (form.getKeyworkerId() != null && !isKeyworkerInTeam(form.getKeyworkerId(), person.getTeamId())) {
			throw new AccessDeniedException("Keyworker not in team");
		}
		Instant now = this.clock.instant();
		this.assignments.findFirstByServiceUserIdAndEndedAtIsNullOrderByStartedAtDesc(id)
			.ifPresent(current -> current.end(now));
		this.assignments.save(new KeyworkerAssignment(id, form.getKeyworkerId(), now, form.getReason().trim(),
				user.getId()));
		person.setKeyworkerId(form.getKeyworkerId());
		person.touch(user.getId());
		this.people.saveAndFlush(person);
		log.info("Keyworker of service user {} changed by account {}", id, user.getId());
	}

	/**
	 * Moves several people to one new keyworker with one reason (the case callover's bulk reassignment), each change
	 * recorded in that person's keyworker history exactly as {@link #changeKeyworker} does, against the version
	 * read now. All or nothing: if the keyworker is not in every person's team, nobody is changed. People who
	 * already have this keyworker are left as they are.
	 * @return how many people changed keyworker
	 * @throws KeyworkerNotInTeamException if the keyworker cannot hold one of the people's cases
	 */
	@Transactional
	public int changeKeyworkers(KeyworkUser user, Collection<Long> ids, Long keyworkerId, String reason) {
		List<ServiceUser> chosen = new java.util.ArrayList<>();
		for (Long id : new java.util.LinkedHashSet<>(ids)) {
			ServiceUser person = get(user, id);
			if (!this.policy.canAssignKeyworker(user, person)) {
				throw new AccessDeniedException("Cannot assign keyworker for " + id);
			}
			if (keyworkerId != null && !isKeyworkerInTeam(keyworkerId, person.getTeamId())) {
				throw new KeyworkerNotInTeamException(id);
			}
			chosen.add(person);
		}
		int changed = 0;
		for (ServiceUser person : chosen) {
			if (Objects.equals(person.getKeyworkerId(), keyworkerId)) {
				continue;
			}
			KeyworkerChangeForm form = new KeyworkerChangeForm();
			form.setKeyworkerId(keyworkerId);
			form.setReason(reason);
			form.setVersion(person.getVersion());
			changeKeyworker(user, person.getId(), form);
			changed++;
		}
		return changed;
	}

	@Transactional
	public void linkPeer(KeyworkUser user, Long id, PeerLinkForm form) {
		Long peerId = form.getPeerId();
		ServiceUser person = get(user, id);
		if (!this.policy.canManagePeers(user, person)) {
			throw new AccessDeniedException("Cannot link peers for " + id);
		}
		if (this.accounts.findStaffInTeams(Set.of(person.getTeamId()), EnumSet.of(Role.PEER))
			.stream()
			.noneMatch(peer -> peer.getId().equals(peerId))) {
			throw new AccessDeniedException("Not a peer of the person's team");
		}
		if (!this.peerLinks.existsByServiceUserIdAndPeerIdAndEndedAtIsNull(id, peerId)) {
			this.peerLinks.save(new PeerLink(id, peerId, this.clock.instant(), user.getId(), form.getConsentGivenOn(),
					form.getScope()));
			log.info("Peer {} linked to service user {} by account {} (scope {})", peerId, id, user.getId(),
					form.getScope());
		}
	}

	@Transactional
	public void endPeerLink(KeyworkUser user, Long id, Long linkId) {
		ServiceUser person = get(user, id);
		if (!this.policy.canManagePeers(user, person)) {
			throw new AccessDeniedException("Cannot unlink peers for " + id);
		}
		PeerLink link = this.peerLinks.findByIdAndServiceUserId(linkId, id)
			.orElseThrow(() -> new NotFoundException("Peer link", linkId));
		if (link.getEndedAt() == null) {
			link.end(this.clock.instant(), user.getId());
		}
	}

	/** Teams the account may add people to. */
	List<Team> teamsFor(KeyworkUser user) {
		Set<Long> ids = this.policy.teamIds(user);
		return ids.isEmpty() ? List.of() : this.teams.findByIdInOrderByNameAsc(ids);
	}

	/** Staff who can be a keyworker in any of these teams. */
	public List<Account> keyworkerOptions(Collection<Long> teamIds) {
		return teamIds.isEmpty() ? List.of() : this.accounts.findStaffInTeams(teamIds, KEYWORKER_ROLES);
	}

	/** Peer support workers of the person's team who are not linked to them yet. */
	List<Account> peerOptions(ServiceUser person) {
		Set<Long> linked = this.peerLinks.findByServiceUserIdAndEndedAtIsNullOrderByStartedAt(person.getId())
			.stream()
			.map(PeerLink::getPeerId)
			.collect(Collectors.toSet());
		return this.accounts.findStaffInTeams(Set.of(person.getTeamId()), EnumSet.of(Role.PEER))
			.stream()
			.filter(peer -> !linked.contains(peer.getId()))
			.toList();
	}

	List<KeyworkerHistoryEntry> keyworkerHistory(ServiceUser person) {
		List<KeyworkerAssignment> history = this.assignments.findByServiceUserIdOrderByStartedAtDesc(person.getId());
		Set<Long> ids = new HashSet<>();
		history.forEach(entry -> {
			ids.add(entry.getKeyworkerId());
			ids.add(entry.getChangedBy());
		});
		Map<Long, String> names = accountNames(ids);
		return history.stream()
			.map(entry -> new KeyworkerHistoryEntry(names.get(entry.getKeyworkerId()), entry.getStartedAt(),
					entry.getEndedAt(), entry.getReason(), names.get(entry.getChangedBy())))
			.toList();
	}

	List<PeerLinkView> peerLinks(ServiceUser person) {
		List<PeerLink> links = this.peerLinks.findByServiceUserIdAndEndedAtIsNullOrderByStartedAt(person.getId());
		Map<Long, String> names = accountNames(links.stream().map(PeerLink::getPeerId).collect(Collectors.toSet()));
		return links.stream()
			.map(link -> new PeerLinkView(link.getId(), link.getPeerId(), names.get(link.getPeerId()),
					link.getStartedAt(), link.getConsentGivenOn(), link.getScope()))
			.toList();
	}

	/** Number of open (not moved-on) people per keyworker id in these teams; key null counts those without one. */
	Map<Long, Long> openCaseloadSizes(Collection<Long> teamIds) {
		Map<Long, Long> sizes = new HashMap<>();
		if (!teamIds.isEmpty()) {
			for (Object[] row : this.people.countOpenByKeyworker(teamIds)) {
				sizes.put((Long) row[0], (Long) row[1]);
			}
		}
		return sizes;
	}

	private boolean isKeyworkerInTeam(Long accountId, Long teamId) {
		return keyworkerOptions(Set.of(teamId)).stream().anyMatch(account -> account.getId().equals(accountId));
	}

	private Map<Long, String> teamNames(Set<Long> ids) {
		Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		return wanted.isEmpty() ? Map.of()
				: this.teams.findAllById(wanted).stream().collect(Collectors.toMap(Team::getId, Team::getName));
	}

	private Map<Long, String> accountNames(Set<Long> ids) {
		Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		return wanted.isEmpty() ? Map.of()
				: this.accounts.findAllById(wanted)
					.stream()
					.collect(Collectors.toMap(Account::getId, Account::getDisplayName, (a, b) -> a, HashMap::new));
	}

	public record KeyworkerHistoryEntry(String keyworkerName, Instant startedAt, Instant endedAt, String reason,
			String changedByName) {
	}

	public record PeerLinkView(Long id, Long peerId, String peerName, Instant startedAt, LocalDate consentGivenOn,
			PeerScope scope) {
	}

}
