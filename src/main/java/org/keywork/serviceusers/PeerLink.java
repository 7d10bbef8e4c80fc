package org.keywork.serviceusers;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.keywork.security.PeerScope;

/**
 * A peer support worker walking alongside a person, with the person's agreement and what
 * the peer may see ({@link PeerScope}). Only an open link (no {@code endedAt}) lets the
 * peer see the person (see {@link org.keywork.security.AccessPolicy}).
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

	@Enumerated(EnumType.STRING)
	private EndReason endReason;

	private LocalDate consentGivenOn;

	private Long consentRecordedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PeerScope scope = PeerScope.ACTION_PLAN;

	protected PeerLink() {
	}

	PeerLink(Long serviceUserId, Long peerId, Instant startedAt, Long createdBy, LocalDate consentGivenOn,
			PeerScope scope) {
		this.serviceUserId = serviceUserId;
		this.peerId = peerId;
		this.startedAt = startedAt;
		this.createdBy = createdBy;
		this.consentGivenOn = consentGivenOn;
		this.consentRecordedBy = createdBy;
		this.scope = scope;
	}

	void end(Instant at, Long by, EndReason reason) {
		this.endedAt = at;
		this.endedBy = by;
		this.endReason = reason;
	}

	EndReason getEndReason() {
		return this.endReason;
	}

	/** Why a link ended. */
	enum EndReason {

		/** Someone managing the person's peers ended it. */
		ENDED,

		/**
		 * The person moved to another team: the link was agreed within the team they
		 * left.
		 */
		TEAM_MOVE

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

	/**
	 * The day the person agreed to the link; null for links made before agreement was
	 * recorded.
	 */
	LocalDate getConsentGivenOn() {
		return this.consentGivenOn;
	}

	Long getConsentRecordedBy() {
		return this.consentRecordedBy;
	}

	PeerScope getScope() {
		return this.scope;
	}

}
