package org.keywork.serviceusers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PeerScope;
import org.keywork.security.Role;
import org.keywork.staff.Account;
import org.keywork.staff.AccountRepository;
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

	private final AccountRepository accounts;

	private final StaffNames names;

	private final AccessPolicy policy;

	private final Clock clock;

	PeerLinks(ServiceUserService people, PeerLinkRepository links, AccountRepository accounts, StaffNames names,
			AccessPolicy policy, Clock clock) {
		this.people = people;
		this.links = links;
		this.accounts = accounts;
		this.names = names;
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
		if (this.accounts.findStaffInTeams(Set.of(person.getTeamId()), EnumSet.of(Role.PEER))
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

	/** The person's open peer links, oldest first. */
	List<PeerLinkView> of(ServiceUser person) {
		List<PeerLink> open = this.links.findByServiceUserIdAndEndedAtIsNullOrderByStartedAt(person.getId());
		Map<Long, String> names = this.names.of(open.stream().map(PeerLink::getPeerId).collect(Collectors.toSet()));
		return open.stream()
			.map(link -> new PeerLinkView(link.getId(), link.getPeerId(), names.get(link.getPeerId()),
					link.getStartedAt(), link.getConsentGivenOn(), link.getScope()))
			.toList();
	}

	/** Peer support workers of the person's team who are not linked to them yet. */
	List<Account> options(ServiceUser person) {
		Set<Long> linked = this.links.findByServiceUserIdAndEndedAtIsNullOrderByStartedAt(person.getId())
			.stream()
			.map(PeerLink::getPeerId)
			.collect(Collectors.toSet());
		return this.accounts.findStaffInTeams(Set.of(person.getTeamId()), EnumSet.of(Role.PEER))
			.stream()
			.filter(peer -> !linked.contains(peer.getId()))
			.toList();
	}

	record PeerLinkView(Long id, Long peerId, String peerName, Instant startedAt, LocalDate consentGivenOn,
			PeerScope scope) {
	}

}
