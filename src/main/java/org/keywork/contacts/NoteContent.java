package org.keywork.contacts;

import org.keywork.sharing.WithholdReason;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a contact note says, and whether it is shared: the part a correction replaces. The
 * note as it reads now ({@link ContactNote}) and each earlier version
 * ({@link ContactNoteVersion}) embed one, so both have the same columns and the version
 * is an exact copy. Immutable: a correction makes a new one.
 */
@Embeddable
class NoteContent {

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
	private WithholdReason withheldReason;

	private String withheldDetail;

	private boolean restricted;

	private String restrictedReason;

	private String staffOnlyDetail;

	@Enumerated(EnumType.STRING)
	private WithholdReason staffOnlyReason;

	protected NoteContent() {
	}

	/**
	 * @param prompts the motivational-interviewing prompts: engaging, focusing, evoking,
	 * planning (each may be null)
	 * @param withheldReason why it is not shared (ignored when shared)
	 * @param restrictedReason why it is restricted (ignored when not)
	 * @param staffOnlyReason why the staff-only detail is not shared (ignored without a
	 * detail)
	 */
	NoteContent(Instant contactAt, Integer durationMinutes, ContactType type, String location, String othersPresent,
			String note, String[] prompts, LocalDate nextContactOn, boolean shared, WithholdReason withheldReason,
			String withheldDetail, boolean restricted, String restrictedReason, String staffOnlyDetail,
			WithholdReason staffOnlyReason) {
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
		this.shared = shared;
		this.withheldReason = shared ? null : withheldReason;
		this.withheldDetail = shared ? null : withheldDetail;
		this.restricted = restricted;
		this.restrictedReason = restricted ? restrictedReason : null;
		this.staffOnlyDetail = staffOnlyDetail;
		this.staffOnlyReason = staffOnlyDetail == null ? null : staffOnlyReason;
	}

	/**
	 * The content columns of a {@code contact_note} or {@code contact_note_version} row
	 * read by plain SQL (for a page that reads it with other queries in one batch).
	 */
	static NoteContent fromRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		String withheldReason = rs.getString("withheld_reason");
		String staffOnlyReason = rs.getString("staff_only_reason");
		return new NoteContent(rs.getTimestamp("contact_at").toInstant(),
				rs.getObject("duration_minutes", Integer.class), ContactType.valueOf(rs.getString("type")),
				rs.getString("location"), rs.getString("others_present"), rs.getString("note"),
				new String[] { rs.getString("mi_engaging"), rs.getString("mi_focusing"), rs.getString("mi_evoking"),
						rs.getString("mi_planning") },
				rs.getObject("next_contact_on", LocalDate.class), rs.getBoolean("shared"),
				withheldReason == null ? null : WithholdReason.valueOf(withheldReason), rs.getString("withheld_detail"),
				rs.getBoolean("restricted"), rs.getString("restricted_reason"), rs.getString("staff_only_detail"),
				staffOnlyReason == null ? null : WithholdReason.valueOf(staffOnlyReason));
	}

	/**
	 * An exact copy, for an earlier version (an embedded value is never shared between
	 * two entities).
	 */
	NoteContent copy() {
		return new NoteContent(this.contactAt, this.durationMinutes, this.type, this.location, this.othersPresent,
				this.note, new String[] { this.miEngaging, this.miFocusing, this.miEvoking, this.miPlanning },
				this.nextContactOn, this.shared, this.withheldReason, this.withheldDetail, this.restricted,
				this.restrictedReason, this.staffOnlyDetail, this.staffOnlyReason);
	}

	public Instant getContactAt() {
		return this.contactAt;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public ContactType getType() {
		return this.type;
	}

	public String getLocation() {
		return this.location;
	}

	public String getOthersPresent() {
		return this.othersPresent;
	}

	public String getNote() {
		return this.note;
	}

	public String getMiEngaging() {
		return this.miEngaging;
	}

	public String getMiFocusing() {
		return this.miFocusing;
	}

	public String getMiEvoking() {
		return this.miEvoking;
	}

	public String getMiPlanning() {
		return this.miPlanning;
	}

	public LocalDate getNextContactOn() {
		return this.nextContactOn;
	}

	public boolean isShared() {
		return this.shared;
	}

	public WithholdReason getWithheldReason() {
		return this.withheldReason;
	}

	public String getWithheldDetail() {
		return this.withheldDetail;
	}

	public boolean isRestricted() {
		return this.restricted;
	}

	public String getRestrictedReason() {
		return this.restrictedReason;
	}

	/**
	 * A part of the note for staff only (third-party information, say), withheld from the
	 * person and peers with {@link #getStaffOnlyReason()} while the rest of the note is
	 * shared.
	 */
	public String getStaffOnlyDetail() {
		return this.staffOnlyDetail;
	}

	public WithholdReason getStaffOnlyReason() {
		return this.staffOnlyReason;
	}

	public boolean hasPrompts() {
		return this.miEngaging != null || this.miFocusing != null || this.miEvoking != null || this.miPlanning != null;
	}

}
