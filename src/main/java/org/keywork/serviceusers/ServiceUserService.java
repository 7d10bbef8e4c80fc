package org.keywork.serviceusers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.staff.StaffMembers;
import org.keywork.staff.Team;
import org.keywork.staff.TeamChoices;
import org.keywork.staff.TeamChoices.TeamChoice;
import org.keywork.staff.TeamRepository;
import org.keywork.web.NotFoundException;
import org.keywork.web.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Everything done to a person's core record. Every read and write asks the
 * {@link AccessPolicy} first; other capabilities load a person through
 * {@link #get(KeyworkUser, Long)} so they inherit the same rule. The person's keyworker
 * is changed through {@link Keyworkers}, their peer links through {@link PeerLinks}.
 */
@Service
@Transactional(readOnly = true)
public class ServiceUserService {

	static final int PAGE_SIZE = 25;

	private static final Logger log = LoggerFactory.getLogger(ServiceUserService.class);

	private final ServiceUserRepository people;

	private final KeyworkerAssignmentRepository assignments;

	private final StaffMembers staffMembers;

	private final StaffNames names;

	private final TeamRepository teams;

	private final AccessPolicy policy;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PeopleSearch search;

	private final TeamChoices teamChoices;

	ServiceUserService(ServiceUserRepository people, KeyworkerAssignmentRepository assignments,
			StaffMembers staffMembers, StaffNames names, TeamRepository teams, AccessPolicy policy, Clock clock,
			ApplicationEventPublisher events, PeopleSearch search, TeamChoices teamChoices) {
		this.events = events;
		this.search = search;
		this.teamChoices = teamChoices;
		this.people = people;
		this.assignments = assignments;
		this.staffMembers = staffMembers;
		this.names = names;
		this.teams = teams;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The person, if this account may see them. A person outside the account's reach is
	 * reported exactly like one that does not exist (ADR 001).
	 */
	public ServiceUser get(KeyworkUser user, Long id) {
		ServiceUser person = this.people.findById(id).orElseThrow(() -> new NotFoundException("Service user", id));
		if (!this.policy.canRead(user, person)) {
			log.info("Refused: account {} reading service user {}", user.getId(), id);
			throw new NotFoundException("Service user", id);
		}
		return person;
	}

	/**
	 * The person, if this account may change their record; 404 if out of reach, 403 if
	 * only readable.
	 */
	public ServiceUser getForEdit(KeyworkUser user, Long id) {
		ServiceUser person = get(user, id);
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("Read-only access to service user " + id);
		}
		return person;
	}

	/**
	 * A page of the people the account may see, matching the search, with their team's
	 * and keyworker's names.
	 */
	Page<PersonListRow> search(KeyworkUser user, ServiceUserSearch search, int page) {
		Set<Long> visible = this.policy.teamIds(user);
		PageRequest request = Pages.of(page, PAGE_SIZE);
		if (visible.isEmpty()) {
			return Page.empty(request);
		}
		return this.search.find(search, visible, request);
	}

	/** A page of the people a peer support worker is linked to now. */
	Page<PersonListRow> linkedToPeer(KeyworkUser peer, int page) {
		return this.search.linkedToPeer(peer.getId(), Pages.of(page, PAGE_SIZE));
	}

	public ServiceUserRow row(ServiceUser person) {
		return new ServiceUserRow(person, teamNames(Set.of(person.getTeamId())).get(person.getTeamId()),
				person.getKeyworkerId() == null ? null
						: this.names.of(Set.of(person.getKeyworkerId())).get(person.getKeyworkerId()));
	}

	/**
	 * The person's row, their team's and keyworker's names registered as one query in
	 * {@code batch} (sent with the rest of the page).
	 */
	public Later<ServiceUserRow> row(ServiceUser person, Batch batch) {
		return batch.sql("""
				select (select t.name from team t where t.id = :team) as team_name,
				       (select a.display_name from account a where a.id = :keyworker) as keyworker_name
				""")
			.param("team", person.getTeamId() == null ? -1L : person.getTeamId())
			.param("keyworker", person.getKeyworkerId() == null ? -1L : person.getKeyworkerId())
			.query((rs, n) -> new ServiceUserRow(person, rs.getString("team_name"),
					person.getKeyworkerId() == null ? null : rs.getString("keyworker_name")))
			.map(rows -> rows.get(0));
	}

	/** People the account can see with the same name and date of birth. */
	List<ServiceUser> possibleDuplicates(KeyworkUser user, ServiceUserForm form) {
		Set<Long> visible = this.policy.teamIds(user);
		if (form.getLegalName() == null || form.getDateOfBirth() == null || visible.isEmpty()) {
			return List.of();
		}
		return this.people.findPossibleDuplicates(form.getLegalName(), form.getDateOfBirth(), visible);
	}

	/**
	 * Checks the choices in the form that depend on who is asking: the team, and the
	 * keyworker when creating.
	 */
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
	ServiceUser create(KeyworkUser user, ServiceUserForm form) {
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
			this.assignments.save(new KeyworkerAssignment(person.getId(), form.getKeyworkerId(), this.clock.instant(),
					"Keyworker when the record was created", user.getId()));
		}
		log.info("Service user {} created by account {}", person.getId(), user.getId());
		return person;
	}

	@Transactional
	ServiceUser update(KeyworkUser user, Long id, ServiceUserForm form) {
		ServiceUser person = getForEdit(user, id);
		if (!Objects.equals(form.getVersion(), person.getVersion())) {
			throw new StaleEditException(person);
		}
		if (!person.getTeamId().equals(form.getTeamId()) && !this.policy.canCreateIn(user, form.getTeamId())) {
			throw new AccessDeniedException("Cannot move to team " + form.getTeamId());
		}
		Long fromTeam = person.getTeamId();
		form.applyTo(person);
		person.touch(user.getId());
		this.people.saveAndFlush(person);
		log.info("Service user {} updated by account {}", id, user.getId());
		if (!fromTeam.equals(person.getTeamId())) {
			log.info("Service user {} moved between teams ({} to {}) by account {}", id, fromTeam, person.getTeamId(),
					user.getId());
			this.events.publishEvent(new PersonMovedTeam(id, fromTeam, person.getTeamId(), user.getId()));
		}
		return person;
	}

	/** Teams the account may add people to. */
	List<TeamChoice> teamsFor(KeyworkUser user) {
		return this.teamChoices.byIds(this.policy.teamIds(user));
	}

	/**
	 * Whether the account can be the keyworker of people in this team (one of
	 * {@link Keyworkers#options}).
	 */
	boolean isKeyworkerInTeam(Long accountId, Long teamId) {
		return this.staffMembers.inTeams(Set.of(teamId), Keyworkers.ROLES)
			.stream()
			.anyMatch(account -> account.getId().equals(accountId));
	}

	private Map<Long, String> teamNames(Set<Long> ids) {
		Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		return wanted.isEmpty() ? Map.of()
				: this.teams.findAllById(wanted).stream().collect(Collectors.toMap(Team::getId, Team::getName));
	}

}
