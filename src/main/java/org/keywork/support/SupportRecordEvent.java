package org.keywork.support;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Who did what to a support record, and when: an action code, the item it concerns (a
 * factor, goal or step id) and message arguments, rendered through the bundles
 * ({@code support.event.<ACTION>} and {@code support.event.detail.<ACTION>}), never
 * English stored in the database. Never changed or deleted.
 */
@Entity
@Table(name = "support_record_event")
class SupportRecordEvent {

	/** What happened; each has a message {@code support.event.<ACTION>}. */
	enum Action {

		STARTED, AGREED, REVIEW_STARTED, STEP_PROGRESS, SHARED, WITHHELD, GOAL_ADDED, GOAL_CHANGED, STEP_ADDED,
		STEP_CHANGED, FACTOR_ADDED, FACTOR_CHANGED, FACTOR_REMOVED, CRISIS_CONTACTS_CHANGED, OVERVIEW_CHANGED,
		NO_CHANGE,
		/**
		 * A change recorded before history was kept as data: its one argument is the text
		 * written then.
		 */
		EDITED

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

	private String itemId;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> args;

	/**
	 * The record's optimistic-lock version after this change, to tell what changed since
	 * a form was opened.
	 */
	private long lockVersion;

	private Instant occurredAt;

	private Long accountId;

	protected SupportRecordEvent() {
	}

	SupportRecordEvent(SupportRecord record, HistoryLine line, long lockVersion, Instant at, Long accountId) {
		this.serviceUserId = record.getServiceUserId();
		this.recordId = record.getId();
		this.kind = record.getKind();
		this.action = line.action();
		this.itemId = line.itemId();
		this.args = line.args();
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

	String getItemId() {
		return this.itemId;
	}

	List<String> getArgs() {
		return this.args == null ? List.of() : this.args;
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
