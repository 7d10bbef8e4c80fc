package org.keywork.support;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who did what to a support record, and when. Never changed or deleted. */
@Entity
@Table(name = "support_record_event")
class SupportRecordEvent {

	/** What happened; each has a message {@code support.event.<ACTION>}. */
	enum Action {

		STARTED, EDITED, AGREED, REVIEW_STARTED, STEP_PROGRESS, SHARED, WITHHELD

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long serviceUserId;

	private Long recordId;

	@Enumerated(EnumType.STRING)
	private RecordKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "action")
	private Action action;

	private String detail;

	/** The record's optimistic-lock version after this change, to tell what changed since a form was opened. */
	private long lockVersion;

	private Instant occurredAt;

	private Long accountId;

	protected SupportRecordEvent() {
	}

	SupportRecordEvent(SupportRecord record, Action action, String detail, long lockVersion, Instant at,
			Long accountId) {
		this.serviceUserId = record.getServiceUserId();
		this.recordId = record.getId();
		this.kind = record.getKind();
		this.action = action;
		this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
		this.lockVersion = lockVersion;
		this.occurredAt = at;
		this.accountId = accountId;
	}

	Long getRecordId() {
		return this.recordId;
	}

	Action getAction() {
		return this.action;
	}

	String getDetail() {
		return this.detail;
	}

	long getLockVersion() {
		return this.lockVersion;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	Long getAccountId() {
		return this.accountId;
	}

}
