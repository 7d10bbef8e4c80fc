package org.keywork.contacts;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.keywork.security.ProtectedNote;

/**
 * A contact note as it reads now. Never deleted: {@link #correct} first keeps the current text as a
 * {@link ContactNoteVersion}, then replaces it, so every earlier version stays readable.
 */
@Entity
class ContactNote implements NoteContent, ProtectedNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long serviceUserId;

	@Column(nullable = false, updatable = false)
	private Long authorId;

	@Column(updatable = false)
	private boolean peerContact;

	@Column(nullable = false)
	private Instant contactAt;

	private Integer durationMinutes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContactType type;

	private String location;

	private String othersPresent;

	@Column(nullable = false)
	private String note;

	private String miEngaging;

	private String miFocusing;

	private String miEvoking;

	private String miPlanning;

	private LocalDate nextContactOn;

	private boolean shared = true;

	@Enumerated(EnumType.STRING)
	private WithheldReason withheldReason;

	private String withheldDetail;

	private boolean restricted;

	private String restrictedReason;

	private String staffOnlyDetail;

	@Enumerated(EnumType.STRING)
	private WithheldReason staffOnlyReason;

	private int revision = 1;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant correctedAt;

	private Long correctedBy;

	private String correctionReason;

	@Version
	private long version;

	protected ContactNote() {
	}

	ContactNote(Long serviceUserId, Long authorId, boolean peerContact, Instant createdAt) {
		this.serviceUserId = serviceUserId;
		this.authorId = authorId;
		this.peerContact = peerContact;
		this.createdAt = createdAt;
	}

	/** Keeps the current text as a version, then takes the corrected text from the form. */
	ContactNoteVersion correct(ContactNoteForm form, java.time.ZoneId zone, Long by, Instant at) {
		ContactNoteVersion kept = new ContactNoteVersion(this, at, by);
		form.applyTo(this, zone);
		this.revision++;
		this.correctedAt = at;
		this.correctedBy = by;
		this.correctionReason = form.getCorrectionReason().trim();
		return kept;
	}

	void setContent(Instant contactAt, Integer durationMinutes, ContactType type, String location,
			String othersPresent, String note, String[] prompts, LocalDate nextContactOn) {
		this.contactAt = contactAt;
		this.durationMinutes = durationMinutes;
		this.type = type;
		this.location = location;
		this.othersPresent = othersPresent;
		this.note = note;
		this.miEngaging = prompts[0];
		this.miFocusing = prompts[1];
		this.miEvoking = prompts[2];
		this.miPlanning = prompts[3];
		this.nextContactOn = nextContactOn;
	}

	void setSharing(boolean shared, WithheldReason withheldReason, String withheldDetail) {
		this.shared = shared;
		this.withheldReason = shared ? null : withheldReason;
		this.withheldDetail = shared ? null : withheldDetail;
	}

	void setStaffOnly(String detail, WithheldReason reason) {
		this.staffOnlyDetail = detail;
		this.staffOnlyReason = detail == null ? null : reason;
	}

	void setRestriction(boolean restricted, String restrictedReason) {
		this.restricted = restricted;
		this.restrictedReason = restricted ? restrictedReason : null;
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

	@Override
	public Instant getContactAt() {
		return this.contactAt;
	}

	@Override
	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	@Override
	public ContactType getType() {
		return this.type;
	}

	@Override
	public String getLocation() {
		return this.location;
	}

	@Override
	public String getOthersPresent() {
		return this.othersPresent;
	}

	@Override
	public String getNote() {
		return this.note;
	}

	@Override
	public String getMiEngaging() {
		return this.miEngaging;
	}

	@Override
	public String getMiFocusing() {
		return this.miFocusing;
	}

	@Override
	public String getMiEvoking() {
		return this.miEvoking;
	}

	@Override
	public String getMiPlanning() {
		return this.miPlanning;
	}

	@Override
	public LocalDate getNextContactOn() {
		return this.nextContactOn;
	}

	@Override
	public boolean isShared() {
		return this.shared;
	}

	@Override
	public WithheldReason getWithheldReason() {
		return this.withheldReason;
	}

	@Override
	public String getWithheldDetail() {
		return this.withheldDetail;
	}

	@Override
	public boolean isRestricted() {
		return this.restricted;
	}

	@Override
	public String getRestrictedReason() {
		return this.restrictedReason;
	}

	@Override
	public String getStaffOnlyDetail() {
		return this.staffOnlyDetail;
	}

	@Override
	public WithheldReason getStaffOnlyReason() {
		return this.staffOnlyReason;
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
