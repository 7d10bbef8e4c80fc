package org.keywork.contacts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.keywork.security.ProtectedNote;

/**
 * A contact note as it reads now. Never deleted: {@link #correct} first keeps the current
 * content as a {@link ContactNoteVersion}, then replaces it, so every earlier version
 * stays readable.
 */
@Entity
class ContactNote implements ProtectedNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long serviceUserId;

	@Column(nullable = false, updatable = false)
	private Long authorId;

	@Column(updatable = false)
	private boolean peerContact;

	@Embedded
	private NoteContent content;

	private int revision = 1;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant correctedAt;

	private Long correctedBy;

	private String correctionReason;

	/**
	 * The random key of the form that saved it: a second send of that form finds this
	 * note.
	 */
	@Column(updatable = false)
	private UUID submissionKey;

	@Version
	private long version;

	protected ContactNote() {
	}

	ContactNote(Long serviceUserId, Long authorId, boolean peerContact, NoteContent content, Instant createdAt,
			UUID submissionKey) {
		this.submissionKey = submissionKey;
		this.serviceUserId = serviceUserId;
		this.authorId = authorId;
		this.peerContact = peerContact;
		this.content = content;
		this.createdAt = createdAt;
	}

	/** Keeps the current content as a version, then takes the corrected content. */
	/**
	 * A note read by plain SQL (a {@code contact_note} row), to be read with other
	 * queries in one batch; only shown, never saved.
	 */
	static ContactNote fromRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		ContactNote note = new ContactNote(rs.getLong("service_user_id"), rs.getLong("author_id"),
				rs.getBoolean("peer_contact"), NoteContent.fromRow(rs), rs.getTimestamp("created_at").toInstant(),
				null);
		String key = rs.getString("submission_key");
		note.submissionKey = key == null ? null : UUID.fromString(key);
		note.id = rs.getLong("id");
		note.revision = rs.getInt("revision");
		java.sql.Timestamp corrected = rs.getTimestamp("corrected_at");
		note.correctedAt = corrected == null ? null : corrected.toInstant();
		note.correctedBy = rs.getObject("corrected_by", Long.class);
		note.correctionReason = rs.getString("correction_reason");
		note.version = rs.getLong("version");
		return note;
	}

	ContactNoteVersion correct(NoteContent corrected, String reason, Long by, Instant at) {
		ContactNoteVersion kept = new ContactNoteVersion(this, at, by);
		this.content = corrected;
		this.revision++;
		this.correctedAt = at;
		this.correctedBy = by;
		this.correctionReason = reason;
		return kept;
	}

	public Long getId() {
		return this.id;
	}

	public Long getServiceUserId() {
		return this.serviceUserId;
	}

	@Override
	public Long getAuthorId() {
		return this.authorId;
	}

	public boolean isPeerContact() {
		return this.peerContact;
	}

	public NoteContent getContent() {
		return this.content;
	}

	public Instant getContactAt() {
		return this.content.getContactAt();
	}

	public ContactType getType() {
		return this.content.getType();
	}

	@Override
	public boolean isShared() {
		return this.content.isShared();
	}

	@Override
	public boolean isRestricted() {
		return this.content.isRestricted();
	}

	public int getRevision() {
		return this.revision;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getCorrectedAt() {
		return this.correctedAt;
	}

	public Long getCorrectedBy() {
		return this.correctedBy;
	}

	public String getCorrectionReason() {
		return this.correctionReason;
	}

	public long getVersion() {
		return this.version;
	}

}
