package org.keywork.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that decides who may see and change a service user's record. Every
 * capability asks it before it reads or writes anything about a person; templates only
 * use it to hide controls.
 *
 * <ul>
 * <li>WORKER: the people in the teams they belong to.</li>
 * <li>MANAGER: the people in the teams they manage; assigns keyworkers there.</li>
 * <li>PEER: only the people they are currently linked to, and never to change their
 * records.</li>
 * <li>SERVICE_USER: only their own record.</li>
 * <li>ADMIN: accounts and teams; no case content at all.</li>
 * </ul>
 * A record outside your reach is answered exactly like a record that does not exist (404,
 * ADR 001).
 */
@Component
public class AccessPolicy {

	private static final String TEAM_IDS_ATTRIBUTE = AccessPolicy.class.getName() + ".teamIds";

	private static final String LINK_ATTRIBUTE = AccessPolicy.class.getName() + ".peerLink";

	private final JdbcClient jdbc;

	AccessPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** May this account open this person's record? */
	public boolean canRead(KeyworkUser user, PersonRecord person) {
		return switch (user.getRole()) {
			case MANAGER, WORKER -> teamIds(user).contains(person.getTeamId());
			case PEER -> isLinkedPeer(user, person.getId());
			case SERVICE_USER -> person.getId().equals(user.getServiceUserId());
			case ADMIN -> false;
		};
	}

	/** May this account change the person's details, plans and records? */
	public boolean canEdit(KeyworkUser user, PersonRecord person) {
		return (user.hasRole(Role.MANAGER) || user.hasRole(Role.WORKER)) && teamIds(user).contains(person.getTeamId());
	}

	/**
	 * May this account change who the person's keyworker is? Managers of the person's
	 * team only.
	 */
	public boolean canAssignKeyworker(KeyworkUser user, PersonRecord person) {
		return user.hasRole(Role.MANAGER) && teamIds(user).contains(person.getTeamId());
	}

	/**
	 * May this account link or unlink peer support workers for the person? Staff who may
	 * edit the record.
	 */
	public boolean canManagePeers(KeyworkUser user, PersonRecord person) {
		return canEdit(user, person);
	}

	/**
	 * May this account record a contact note for the person? Staff who may edit the
	 * record, and a peer support worker currently linked to the person (their notes are
	 * marked as peer contact).
	 */
	public boolean canRecordContact(KeyworkUser user, PersonRecord person) {
		return canEdit(user, person) || (user.hasRole(Role.PEER) && canRead(user, person));
	}

	/**
	 * Does this account see every restricted note in the person's record? The person's
	 * keyworker and the managers of the person's team do, and so does the person
	 * (restricting narrows which staff read a note, it never hides it from the person);
	 * anyone else sees only the restricted notes they wrote themselves (and does not even
	 * learn that the others exist).
	 */
	public boolean seesAllRestrictedNotes(KeyworkUser user, PersonRecord person) {
		if (!canRead(user, person)) {
			return false;
		}
		boolean keyworker = (user.hasRole(Role.WORKER) || user.hasRole(Role.MANAGER))
				&& user.getId().equals(person.getKeyworkerId());
		boolean manager = user.hasRole(Role.MANAGER) && teamIds(user).contains(person.getTeamId());
		return keyworker || manager || user.hasRole(Role.SERVICE_USER);
	}

	/**
	 * Does this account see withheld items of the person's record (withheld records,
	 * factors and notes, staff-only details, withholding reasons) and the staff history?
	 * Staff of the person's team only: never the person, never a peer.
	 */
	public boolean seesWithheld(KeyworkUser user, PersonRecord person) {
		return (user.hasRole(Role.MANAGER) || user.hasRole(Role.WORKER)) && teamIds(user).contains(person.getTeamId());
	}

	/**
	 * Who may read which of the person's contact notes, as one rule for this reader (ADR
	 * 008). Every note page, note version, list, count and timeline asks it, in Java or
	 * in SQL.
	 */
	public NoteReadRule noteRule(KeyworkUser user, PersonRecord person) {
		boolean reads = canRead(user, person);
		boolean staff = seesWithheld(user, person);
		boolean inScope = reads && (!user.hasRole(Role.PEER) || peerScope(user, person).includes(PeerScope.NOTES));
		return new NoteReadRule(user.getId(), seesAllRestrictedNotes(user, person), !staff, inScope, staff);
	}

	/**
	 * May this account see the person's outcome measures (star readings, wellbeing
	 * scores, stages of change)? Everyone who may open the record, except a peer whose
	 * link does not include the Support Overview: the readings span every life area, as
	 * the Overview does (ADR 012). Withheld readings need {@link #seesWithheld} as well.
	 */
	public boolean canReadOutcomes(KeyworkUser user, PersonRecord person) {
		return canRead(user, person)
				&& (!user.hasRole(Role.PEER) || peerScope(user, person).includes(PeerScope.OVERVIEW));
	}

	/**
	 * May this account record the person's outcome measures (a reading, a stage of
	 * change)? Staff who may change the record; the person adds their own view and
	 * completes a wellbeing scale in the portal through {@link #isThePerson}.
	 */
	public boolean canRecordOutcomes(KeyworkUser user, PersonRecord person) {
		return canEdit(user, person);
	}

	/**
	 * May this account see the records of the person's home and money (accommodation,
	 * tenancy, rent account, benefits, complaints, the moving-in checklist)? Everyone who
	 * may open the record except a peer, whatever their link's scope: where someone lives
	 * and what they owe is not needed to walk alongside them (ADR 013). Withheld items
	 * need {@link #seesWithheld} as well.
	 */
	public boolean canReadHome(KeyworkUser user, PersonRecord person) {
		return !user.hasRole(Role.PEER) && canRead(user, person);
	}

	/** Is this account the person's own portal account? */
	public boolean isThePerson(KeyworkUser user, PersonRecord person) {
		return user.hasRole(Role.SERVICE_USER) && person.getId().equals(user.getServiceUserId());
	}

	/** May this account read this note in the person's record? */
	public boolean canReadNote(KeyworkUser user, PersonRecord person, ProtectedNote note) {
		return canRead(user, person)
				&& noteRule(user, person).test(note.getAuthorId(), note.isRestricted(), note.isShared());
	}

	/**
	 * May this account see the name of this member of staff in the person's record (as a
	 * note's author, who changed a plan)? Everyone who reads the record may, except a
	 * peer: they see only the person's keyworker and themself named (ADR 008).
	 */
	public boolean mayName(KeyworkUser user, PersonRecord person, Long accountId) {
		return !user.hasRole(Role.PEER) || user.getId().equals(accountId)
				|| (accountId != null && accountId.equals(person.getKeyworkerId()));
	}

	/**
	 * What a linked peer may see of the person's record, as the person agreed;
	 * {@link PeerScope#OVERVIEW} (no narrowing by link) for every other reader, who is
	 * governed by the other questions of this policy.
	 */
	public PeerScope peerScope(KeyworkUser user, PersonRecord person) {
		if (!user.hasRole(Role.PEER)) {
			return PeerScope.OVERVIEW;
		}
		return linkScope(user, person.getId()).orElse(PeerScope.ACTION_PLAN);
	}

	/**
	 * May this account correct the note (a new version; the old one is kept)? Its author,
	 * or a manager of the person's team.
	 */
	public boolean canCorrectNote(KeyworkUser user, PersonRecord person, ProtectedNote note) {
		if (!canReadNote(user, person, note) || !canRecordContact(user, person)) {
			return false;
		}
		return user.getId().equals(note.getAuthorId())
				|| (user.hasRole(Role.MANAGER) && teamIds(user).contains(person.getTeamId()));
	}

	/**
	 * May this account give the person a portal account, re-issue their activation code
	 * or deactivate it? Staff who may edit the person's record.
	 */
	public boolean canManagePortalAccount(KeyworkUser user, PersonRecord person) {
		return canEdit(user, person);
	}

	/**
	 * May this account see who opened the person's pages ("who viewed this file")?
	 * Managers of the person's team.
	 */
	public boolean canViewAccessLog(KeyworkUser user, PersonRecord person) {
		return managesTeam(user, person.getTeamId());
	}

	/**
	 * Is this account a manager of the team (so sees its feedback and answers its
	 * keyworker requests)?
	 */
	public boolean managesTeam(KeyworkUser user, Long teamId) {
		return user.hasRole(Role.MANAGER) && teamId != null && teamIds(user).contains(teamId);
	}

	/** May this account add a new person to the given team? */
	public boolean canCreateIn(KeyworkUser user, Long teamId) {
		return (user.hasRole(Role.MANAGER) || user.hasRole(Role.WORKER)) && teamIds(user).contains(teamId);
	}

	/**
	 * Whether the account works with caseloads by team (and so may list and search
	 * people).
	 */
	public boolean worksByTeam(KeyworkUser user) {
		return user.hasRole(Role.MANAGER) || user.hasRole(Role.WORKER);
	}

	/**
	 * The teams whose people this account may list and search; empty for roles that do
	 * not work by team. Looked up once per request.
	 */
	/**
	 * Keeps the account's teams for the rest of the request, as {@link #teamIds} would:
	 * {@link ActiveAccountFilter} reads them with the account at the start of every
	 * signed-in request.
	 */
	static void rememberTeamIds(jakarta.servlet.ServletRequest request, Long accountId, Set<Long> teamIds) {
		request.setAttribute(TEAM_IDS_ATTRIBUTE + "." + accountId, teamIds);
	}

	public Set<Long> teamIds(KeyworkUser user) {
		if (!worksByTeam(user)) {
			return Set.of();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = TEAM_IDS_ATTRIBUTE + "." + user.getId();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> cached) {
			@SuppressWarnings("unchecked")
			Set<Long> ids = (Set<Long>) cached;
			return ids;
		}
		List<Long> ids = this.jdbc.sql("select team_id from account_team where account_id = ?")
			.param(user.getId())
			.query(Long.class)
			.list();
		Set<Long> result = Set.copyOf(ids);
		if (request != null) {
			request.setAttribute(key, result, RequestAttributes.SCOPE_REQUEST);
		}
		return result;
	}

	private boolean isLinkedPeer(KeyworkUser user, Long serviceUserId) {
		return linkScope(user, serviceUserId).isPresent();
	}

	/**
	 * The scope of the peer's current link with the person, if linked; looked up once per
	 * request.
	 */
	private Optional<PeerScope> linkScope(KeyworkUser user, Long serviceUserId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = LINK_ATTRIBUTE + "." + user.getId() + "." + serviceUserId;
		if (request != null
				&& request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> cached) {
			@SuppressWarnings("unchecked")
			Optional<PeerScope> scope = (Optional<PeerScope>) cached;
			return scope;
		}
		Optional<PeerScope> scope = this.jdbc
			.sql("select scope from peer_link where peer_id = ? and service_user_id = ? and ended_at is null")
			.params(user.getId(), serviceUserId)
			.query(String.class)
			.optional()
			.map(PeerScope::valueOf);
		if (request != null) {
			request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
		}
		return scope;
	}

}
