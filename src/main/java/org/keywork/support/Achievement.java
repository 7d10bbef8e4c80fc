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

	/** An achievement read by plain SQL, only to be shown. */
	static Achievement fromRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Timestamp created = rs.getTimestamp("created_at");
		Achievement achievement = new Achievement(rs.getLong("service_user_id"),
				rs.getDate("achieved_on").toLocalDate(), rs.getString("description"), rs.getString("strengths"),
				created == null ? null : created.toInstant(), rs.getObject("created_by", Long.class));
		achievement.id = rs.getLong("id");
		return achievement;
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
