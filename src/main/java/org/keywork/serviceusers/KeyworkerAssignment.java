package org.keywork.serviceusers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One period with one keyworker (or none), and why it began. Never deleted: the history
 * is the person's.
 */
@Entity
class KeyworkerAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long serviceUserId;

	@Column(updatable = false)
	private Long keyworkerId;

	@Column(nullable = false, updatable = false)
	private Instant startedAt;

	private Instant endedAt;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(updatable = false)
	private Long changedBy;

	protected KeyworkerAssignment() {
	}

	KeyworkerAssignment(Long serviceUserId, Long keyworkerId, Instant startedAt, String reason, Long changedBy) {
		this.serviceUserId = serviceUserId;
		this.keyworkerId = keyworkerId;
		this.startedAt = startedAt;
		this.reason = reason;
		this.changedBy = changedBy;
	}

	void end(Instant at) {
		this.endedAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getServiceUserId() {
		return this.serviceUserId;
	}

	Long getKeyworkerId() {
		return this.keyworkerId;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getEndedAt() {
		return this.endedAt;
	}

	String getReason() {
		return this.reason;
	}

	Long getChangedBy() {
		return this.changedBy;
	}

}
