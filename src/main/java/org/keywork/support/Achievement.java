package org.keywork.support;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Something the person achieved, and the strengths they showed doing it. */
@Entity
class Achievement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long serviceUserId;

	@Column(nullable = false)
	private LocalDate achievedOn;

	@Column(nullable = false)
	private String description;

	private String strengths;

	@Column(updatable = false)
	private Instant createdAt;

	@Column(updatable = false)
	private Long createdBy;

	protected Achievement() {
	}

	Achievement(Long serviceUserId, LocalDate achievedOn, String description, String strengths, Instant createdAt,
			Long createdBy) {
		this.serviceUserId = serviceUserId;
		this.achievedOn = achievedOn;
		this.description = description;
		this.strengths = strengths;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getServiceUserId() {
		return this.serviceUserId;
	}

	public LocalDate getAchievedOn() {
		return this.achievedOn;
	}

	public String getDescription() {
		return this.description;
	}

	public String getStrengths() {
		return this.strengths;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

}
