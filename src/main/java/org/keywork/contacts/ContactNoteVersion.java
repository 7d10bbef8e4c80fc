package org.keywork.contacts;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An earlier content of a corrected contact note, exactly as it was, with who replaced it
 * and when.
 */
@Entity
@Immutable
@Table(name = "contact_note_version")
class ContactNoteVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contactNoteId;

	private int revision;

	private Instant recordedAt;

	private Long recordedBy;

	private String correctionReason;

	@Embedded
	private NoteContent content;

	private Instant supersededAt;

	private Long supersededBy;

	protected ContactNoteVersion() {
	}

	ContactNoteVersion(ContactNote current, Instant supersededAt, Long supersededBy) {
		this.contactNoteId = current.getId();
		this.revision = current.getRevision();
		this.recordedAt = current.getCorrectedAt() != null ? current.getCorrectedAt() : current.getCreatedAt();
		this.recordedBy = current.getCorrectedBy() != null ? current.getCorrectedBy() : current.getAuthorId();
		this.correctionReason = current.getCorrectionReason();
		this.content = current.getContent().copy();
		this.supersededAt = supersededAt;
		this.supersededBy = supersededBy;
	}

	/**
	 * A version read by plain SQL (every column of {@code contact_note_version}), to be
	 * read with other queries in one batch; only shown, never saved.
	 */
	static ContactNoteVersion fromRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		ContactNoteVersion version = new ContactNoteVersion();
		version.id = rs.getLong("id");
		version.contactNoteId = rs.getLong("contact_note_id");
		version.revision = rs.getInt("revision");
		version.recordedAt = rs.getTimestamp("recorded_at").toInstant();
		version.recordedBy = rs.getObject("recorded_by", Long.class);
		version.correctionReason = rs.getString("correction_reason");
		java.sql.Timestamp superseded = rs.getTimestamp("superseded_at");
		version.supersededAt = superseded == null ? null : superseded.toInstant();
		version.supersededBy = rs.getObject("superseded_by", Long.class);
		version.content = NoteContent.fromRow(rs);
		return version;
	}

	public Long getId() {
		return this.id;
	}

	public Long getContactNoteId() {
		return this.contactNoteId;
	}

	public int getRevision() {
		return this.revision;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Long getRecordedBy() {
		return this.recordedBy;
	}

	public String getCorrectionReason() {
		return this.correctionReason;
	}

	public NoteContent getContent() {
		return this.content;
	}

	public Instant getSupersededAt() {
		return this.supersededAt;
	}

	public Long getSupersededBy() {
		return this.supersededBy;
	}

}
