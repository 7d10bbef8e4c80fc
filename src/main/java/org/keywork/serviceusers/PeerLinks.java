package org.keywork.serviceusers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PeerScope;
import org.keywork.security.Role;
import org.keywork.staff.StaffMembers;
import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The peer support workers linked to a person: linking one (with the person's consent and
 * a scope of what the peer may see), ending a link, and listing them. A person is loaded
 * through {@link ServiceUserService#get}, so the access policy applies before
 * {@link AccessPolicy#canManagePeers} is asked.
 */
@Service
@Transactional(readOnly = true)
class PeerLinks {

	private static final Logger log = LoggerFactory.getLogger(PeerLinks.class);

	private final ServiceUserService people;

	private final PeerLinkRepository links;

	private final StaffMembers staffMembers;

	private final AccessPolicy policy;

	private final Clock clock;

	PeerLinks(ServiceUserService people, PeerLinkRepository links, StaffMembers staffMembers, AccessPolicy policy,
			Clock clock) {
		this.people = people;
		this.links = links;
		this.staffMembers = staffMembers;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	void link(KeyworkUser user, Long id, PeerLinkForm form) {
		Long peerId = form.getPeerId();
		ServiceUser person = this.people.get(user, id);
		if (!this.policy.canManagePeers(user, person)) {
			throw new AccessDeniedException("Cannot link peers for " + id);
		}
		if (this.staffMembers.inTeams(Set.of(person.getTeamId()), EnumSet.of(Role.PEER))
			.stream()
			.noneMatch(peer -> peer.getId().equals(peerId))) {
			throw new AccessDeniedException("Not a peer of the person's team");
		}
		if (!this.links.existsByServiceUserIdAndPeerIdAndEndedAtIsNull(id, peerId)) {
			this.links.save(new PeerLink(id, peerId, this.clock.instant(), user.getId(), form.getConsentGivenOn(),
					form.getScope()));
			log.info("Peer {} linked to service user {} by account {} (scope {})", peerId, id, user.getId(),
					form.getScope());
		}
	}

	@Transactional
	void end(KeyworkUser user, Long id, Long linkId) {
		ServiceUser person = this.people.get(user, id);
		if (!this.policy.canManagePeers(user, person)) {
			throw new AccessDeniedException("Cannot unlink peers for " + id);
		}
		PeerLink link = this.links.findByIdAndServiceUserId(linkId, id)
			.orElseThrow(() -> new NotFoundException("Peer link", linkId));
		if (link.getEndedAt() == null) {
			link.end(this.clock.instant(), user.getId(), PeerLink.EndReason.ENDED);
		}
	}

	/**
	 * A person who moves team leaves their peer links behind: each open link ends (kept,
	 * with the reason), so the peer's next request no longer reaches the person. The new
	 * team links a peer again if the person wants one.
	 */
	@EventListener
	@Transactional
	void personMovedTeam(PersonMovedTeam moved) {
		for (PeerLink link : this.links.findByServiceUserIdAndEndedAtIsNullOrderByStartedAt(moved.personId())) {
			link.end(this.clock.instant(), moved.byAccountId(), PeerLink.EndReason.TEAM_MOVE);
			log.info("Peer link {} (peer {}) of service user {} ended: moved between teams ({} to {})", link.getId(),
					link.getPeerId(), moved.personId(), moved.fromTeamId(), moved.toTeamId());
		}
		this.links.flush();
	}

	/**
	 * The person's open peer links, oldest first, with the peers' names: one query
	 * registered in {@code batch}.
	 */
	Later<List<PeerLinkView>> of(ServiceUser person, Batch batch) {
		return batch.sql("""
				select l.id, l.peer_id, a.display_name as peer_name, l.started_at, l.consent_given_on, l.scope
				from peer_link l
				left join account a on a.id = l.peer_id
				where l.service_user_id = :person and l.ended_at is null
				order by l.started_at, l.id
				""")
			.param("person", person.getId())
			.query((rs, n) -> new PeerLinkView(rs.getLong("id"), rs.getLong("peer_id"), rs.getString("peer_name"),
					rs.getObject("started_at", Instant.class), rs.getObject("consent_given_on", LocalDate.class),
					PeerScope.valueOf(rs.getString("scope"))));
	}

	/**
	 * Whether a peer support worker of the person's team is not linked to them yet (one
	 * of {@link #options}): one query registered in {@code batch}.
	 */
	Later<Boolean> anyToLink(ServiceUser person, Batch batch) {
		return batch.sql("""
				select exists (
				  select 1 from account a
				  join account_team t on t.account_id = a.id
				  where t.team_id = :team and a.role = 'PEER' and a.enabled
				    and not exists (select 1 from peer_link l
				                    where l.service_user_id = :person and l.peer_id = a.id and l.ended_at is null)
				) as any_peer
				""")
			.param("team", person.getTeamId())
			.param("person", person.getId())
			.query((rs, n) -> rs.getBoolean("any_peer"))
			.map(rows -> rows.get(0));
	}

	/** Peer support workers of the person's team who are not linked to them yet. */
	List<StaffMember> options(ServiceUser person) {
		Set<Long> linked = this.links.findByServiceUserIdAndEndedAtIsNullOrderByStartedAt(person.getId())
			.stream()
			.map(PeerLink::getPeerId)
			.collect(Collectors.toSet());
		return this.staffMembers.inTeams(Set.of(person.getTeamId()), EnumSet.of(Role.PEER))
			.stream()
			.filter(peer -> !linked.contains(peer.getId()))
			.toList();
	}

	public record PeerLinkView(Long id, Long peerId, String peerName, Instant startedAt, LocalDate consentGivenOn,
			PeerScope scope) {
	}

}
