package org.keywork.serviceusers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A peer support worker walking alongside a person. Only an open link (no {@code endedAt}) lets the peer see the
 * person (see {@link org.keywork.security.AccessPolicy}).
 */
@Entity
class PeerLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long serviceUserId;

	@Column(nullable = false, updatable = false)
	private Long peerId;

	@Column(nullable = false, updatable = false)
	private Instant startedAt;

	private Instant endedAt;

	@Column(updatable = false)
	private Long createdBy;

	private Long endedBy;

	protected PeerLink() {
	}

	PeerLink(Long serviceUserId, Long peerId, Instant startedAt, Long createdBy) {
		this.serviceUserId = serviceUserId;
		this.peerId = peerId;
		this.startedAt = startedAt;
		this.createdBy = createdBy;
	}

	void end(Instant at, Long by) {
		this.endedAt = at;
		this.endedBy = by;
	}

	Long getId() {
		return this.id;
	}

	Long getServiceUserId() {
		return this.serviceUserId;
	}

	Long getPeerId() {
		return this.peerId;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getEndedAt() {
		return this.endedAt;
	}

}
