package org.keywork.serviceusers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.staff.StaffMembers;
import org.keywork.staff.StaffMembers.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's keyworker: who may be one, changing them (one at a time or the case
 * callover's bulk reassignment), and the history of changes. A person is loaded through
 * {@link ServiceUserService#get}, so the access policy applies before
 * {@link AccessPolicy#canAssignKeyworker} is asked.
 */
@Service
@Transactional(readOnly = true)
public class Keyworkers {

	/** The roles that can hold a caseload. */
	static final Set<Role> ROLES = EnumSet.of(Role.WORKER, Role.MANAGER);

	private static final Logger log = LoggerFactory.getLogger(Keyworkers.class);

	private final ServiceUserService people;

	private final ServiceUserRepository repository;

	private final KeyworkerAssignmentRepository assignments;

	private final StaffMembers staffMembers;

	private final AccessPolicy policy;

	private final Clock clock;

	Keyworkers(ServiceUserService people, ServiceUserRepository repository, KeyworkerAssignmentRepository assignments,
			StaffMembers staffMembers, AccessPolicy policy, Clock clock) {
		this.people = people;
		this.repository = repository;
		this.assignments = assignments;
		this.staffMembers = staffMembers;
		this.policy = policy;
		this.clock = clock;
	}

	/** Staff who can be a keyworker in any of these teams. */
	public List<StaffMember> options(Collection<Long> teamIds) {
		return teamIds.isEmpty() ? List.of() : this.staffMembers.inTeams(teamIds, ROLES);
	}

	/**
	 * Gives the person a new keyworker (or none), against the version of their record
	 * that {@code version} names.
	 * @throws StaleEditException if the record changed since that version
	 */
	@Transactional
	public void change(KeyworkUser user, Long id, Long keyworkerId, Long version, String reason) {
		ServiceUser person = this.people.get(user, id);
		if (!this.policy.canAssignKeyworker(user, person)) {
			throw new AccessDeniedException("Cannot assign keyworker for " + id);
		}
		if (!Objects.equals(version, person.getVersion())) {
			throw new StaleEditException(person);
		}
		if (keyworkerId != null && !this.people.isKeyworkerInTeam(keyworkerId, person.getTeamId())) {
			throw new AccessDeniedException("Keyworker not in team");
		}
		Instant now = this.clock.instant();
		this.assignments.findFirstByServiceUserIdAndEndedAtIsNullOrderByStartedAtDesc(id)
			.ifPresent(current -> current.end(now));
		this.assignments.save(new KeyworkerAssignment(id, keyworkerId, now, reason.trim(), user.getId()));
		person.setKeyworkerId(keyworkerId);
		person.touch(user.getId());
		this.repository.saveAndFlush(person);
		log.info("Keyworker of service user {} changed by account {}", id, user.getId());
	}

	@Transactional
	void change(KeyworkUser user, Long id, KeyworkerChangeForm form) {
		change(user, id, form.getKeyworkerId(), form.getVersion(), form.getReason());
	}

	/**
	 * Moves several people to one new keyworker with one reason (the case callover's bulk
	 * reassignment), each change recorded in that person's keyworker history exactly as
	 * {@link #change} does, against the version read now. All or nothing: if the
	 * keyworker is not in every person's team, nobody is changed. People who already have
	 * this keyworker are left as they are.
	 * @return how many people changed keyworker
	 * @throws KeyworkerNotInTeamException if the keyworker cannot hold one of the
	 * people's cases
	 */
	@Transactional
	public int changeAll(KeyworkUser user, Collection<Long> ids, Long keyworkerId, String reason) {
		List<ServiceUser> chosen = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			ServiceUser person = this.people.get(user, id);
			if (!this.policy.canAssignKeyworker(user, person)) {
				throw new AccessDeniedException("Cannot assign keyworker for " + id);
			}
			if (keyworkerId != null && !this.people.isKeyworkerInTeam(keyworkerId, person.getTeamId())) {
				throw new KeyworkerNotInTeamException(id);
			}
			chosen.add(person);
		}
		int changed = 0;
		for (ServiceUser person : chosen) {
			if (Objects.equals(person.getKeyworkerId(), keyworkerId)) {
				continue;
			}
			change(user, person.getId(), keyworkerId, person.getVersion(), reason);
			changed++;
		}
		return changed;
	}

	/**
	 * Staff who can be a keyworker in the person's team, by name (as {@link #options}):
	 * one query registered in {@code batch}.
	 */
	Later<List<StaffMember>> options(ServiceUser person, Batch batch) {
		return batch.sql("""
				select a.id, a.display_name
				from account a
				where a.enabled and a.role in ('WORKER', 'MANAGER')
				  and exists (select 1 from account_team t where t.account_id = a.id and t.team_id = :team)
				order by a.display_name, a.id
				""")
			.param("team", person.getTeamId())
			.query((rs, n) -> new StaffMember(rs.getLong("id"), rs.getString("display_name")));
	}

	/**
	 * The person's keyworker history, newest first, with the names of the keyworkers and
	 * of who changed them: one query registered in {@code batch}.
	 */
	Later<List<KeyworkerHistoryEntry>> history(ServiceUser person, Batch batch) {
		return batch.sql("""
				select keyworker.display_name as keyworker_name, k.started_at, k.ended_at, k.reason,
				       changer.display_name as changed_by_name
				from keyworker_assignment k
				left join account keyworker on keyworker.id = k.keyworker_id
				left join account changer on changer.id = k.changed_by
				where k.service_user_id = :person
				order by k.started_at desc, k.id desc
				""")
			.param("person", person.getId())
			.query((rs, n) -> new KeyworkerHistoryEntry(rs.getString("keyworker_name"),
					rs.getObject("started_at", Instant.class), rs.getObject("ended_at", Instant.class),
					rs.getString("reason"), rs.getString("changed_by_name")));
	}

	public record KeyworkerHistoryEntry(String keyworkerName, Instant startedAt, Instant endedAt, String reason,
			String changedByName) {
	}

}
