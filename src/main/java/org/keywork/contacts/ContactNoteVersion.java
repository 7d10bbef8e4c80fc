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
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An earlier text of a corrected contact note, exactly as it was, with who replaced it and when. */
@Entity
@Immutable
@Table(name = "contact_note_version")
class ContactNoteVersion implements NoteContent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contactNoteId;

	private int revision;

	private Instant recordedAt;

	private Long recordedBy;

	private String correctionReason;

	private Instant contactAt;

	private Integer durationMinutes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContactType type;

	private String location;

	private String othersPresent;

	private String note;

	private String miEngaging;

	private String miFocusing;

	private String miEvoking;

	private String miPlanning;

	private LocalDate nextContactOn;

	private boolean shared;

	@Enumerated(EnumType.STRING)
	private WithheldReason withheldReason;

	private String withheldDetail;

	private boolean restricted;

	private String restrictedReason;

	private String staffOnlyDetail;

	@Enumerated(EnumType.STRING)
	private WithheldReason staffOnlyReason;

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
		this.contactAt = current.getContactAt();
		this.durationMinutes = current.getDurationMinutes();
		this.type = current.getType();
		this.location = current.getLocation();
		this.othersPresent = current.getOthersPresent();
		this.note = current.getNote();
		this.miEngaging = current.getMiEngaging();
		this.miFocusing = current.getMiFocusing();
		this.miEvoking = current.getMiEvoking();
		this.miPlanning = current.getMiPlanning();
		this.nextContactOn = current.getNextContactOn();
		this.shared = current.isShared();
		this.withheldReason = current.getWithheldReason();
		this.withheldDetail = current.getWithheldDetail();
		this.restricted = current.isRestricted();
		this.restrictedReason = current.getRestrictedReason();
		this.staffOnlyDetail = current.getStaffOnlyDetail();
		this.staffOnlyReason = current.getStaffOnlyReason();
		this.supersededAt = supersededAt;
		this.supersededBy = supersededBy;
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

	public Instant getSupersededAt() {
		return this.supersededAt;
	}

	public Long getSupersededBy() {
		return this.supersededBy;
	}

	@Override
	public String getStaffOnlyDetail() {
		return this.staffOnlyDetail;
	}

	@Override
	public WithheldReason getStaffOnlyReason() {
		return this.staffOnlyReason;
	}

}
