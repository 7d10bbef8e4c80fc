package org.keywork.support;

import org.keywork.sharing.SharingDecision;
import org.keywork.sharing.WithholdReason;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One version of one support record of one person. The latest version is the record as it
 * stands; earlier ones stay readable. Content is JSON (see {@link RecordContent}); a
 * DRAFT can be edited, an AGREED version cannot (except for progress on Action Plan
 * steps), and reviewing starts a new DRAFT copied from it.
 */
@Entity
class SupportRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long serviceUserId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private RecordKind kind;

	@Column(nullable = false, updatable = false)
	private int versionNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RecordStatus status = RecordStatus.DRAFT;

	@Column(nullable = false, columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String content;

	private LocalDate agreedOn;

	private String personComment;

	private LocalDate reviewDue;

	@Embedded
	private SharingDecision sharing = SharingDecision.shared();

	@Column(updatable = false)
	private Instant createdAt;

	@Column(updatable = false)
	private Long createdBy;

	private Instant updatedAt;

	private Long updatedBy;

	@Version
	private long version;

	protected SupportRecord() {
	}

	SupportRecord(Long serviceUserId, RecordKind kind, int versionNumber, String content, Instant now, Long accountId) {
		this.serviceUserId = serviceUserId;
		this.kind = kind;
		this.versionNumber = versionNumber;
		this.content = content;
		this.createdAt = now;
		this.createdBy = accountId;
		this.updatedAt = now;
		this.updatedBy = accountId;
	}

	/**
	 * A version read by plain SQL (every column of {@code support_record}), for a page
	 * that reads it with other queries in one batch; only read, never saved.
	 */
	static SupportRecord fromRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		SupportRecord record = new SupportRecord(rs.getLong("service_user_id"),
				RecordKind.valueOf(rs.getString("kind")), rs.getInt("version_number"), rs.getString("content"),
				instant(rs.getTimestamp("created_at")), rs.getObject("created_by", Long.class));
		record.id = rs.getLong("id");
		record.status = RecordStatus.valueOf(rs.getString("status"));
		java.sql.Date agreed = rs.getDate("agreed_on");
		record.agreedOn = agreed == null ? null : agreed.toLocalDate();
		record.personComment = rs.getString("person_comment");
		java.sql.Date due = rs.getDate("review_due");
		record.reviewDue = due == null ? null : due.toLocalDate();
		String reason = rs.getString("withheld_reason");
		record.sharing = rs.getBoolean("withheld") ? SharingDecision
			.withheld(reason == null ? null : WithholdReason.valueOf(reason), rs.getString("withheld_detail"))
				: SharingDecision.shared();
		record.updatedAt = instant(rs.getTimestamp("updated_at"));
		record.updatedBy = rs.getObject("updated_by", Long.class);
		record.version = rs.getLong("version");
		return record;
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * A new draft that starts as a copy of this version, keeping its sharing decision.
	 */
	SupportRecord nextDraft(Instant now, Long accountId) {
		SupportRecord next = new SupportRecord(this.serviceUserId, this.kind, this.versionNumber + 1, this.content, now,
				accountId);
		next.sharing = this.sharing.copy();
		return next;
	}

	void agree(LocalDate on, String comment, LocalDate reviewDue, Instant now, Long accountId) {
		this.status = RecordStatus.AGREED;
		this.agreedOn = on;
		this.personComment = comment;
		this.reviewDue = reviewDue;
		touch(now, accountId);
	}

	void decide(SharingDecision decision, Instant now, Long accountId) {
		this.sharing = decision;
		touch(now, accountId);
	}

	void changeContent(String content, Instant now, Long accountId) {
		this.content = content;
		touch(now, accountId);
	}

	private void touch(Instant now, Long accountId) {
		this.updatedAt = now;
		this.updatedBy = accountId;
	}

	public boolean isDraft() {
		return this.status == RecordStatus.DRAFT;
	}

	public Long getId() {
		return this.id;
	}

	public Long getServiceUserId() {
		return this.serviceUserId;
	}

	public RecordKind getKind() {
		return this.kind;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public RecordStatus getStatus() {
		return this.status;
	}

	String getContent() {
		return this.content;
	}

	public LocalDate getAgreedOn() {
		return this.agreedOn;
	}

	public String getPersonComment() {
		return this.personComment;
	}

	public LocalDate getReviewDue() {
		return this.reviewDue;
	}

	public SharingDecision getSharing() {
		return this.sharing;
	}

	public boolean isWithheld() {
		return this.sharing.isWithheld();
	}

	public WithholdReason getWithheldReason() {
		return this.sharing.getWithheldReason();
	}

	public String getWithheldDetail() {
		return this.sharing.getWithheldDetail();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getUpdatedBy() {
		return this.updatedBy;
	}

	public long getVersion() {
		return this.version;
	}

}
