package org.keywork.serviceusers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeerLinkRepository extends JpaRepository<PeerLink, Long> {

	List<PeerLink> findByServiceUserIdAndEndedAtIsNullOrderByStartedAt(Long serviceUserId);

	Optional<PeerLink> findByIdAndServiceUserId(Long id, Long serviceUserId);

	boolean existsByServiceUserIdAndPeerIdAndEndedAtIsNull(Long serviceUserId, Long peerId);

}
