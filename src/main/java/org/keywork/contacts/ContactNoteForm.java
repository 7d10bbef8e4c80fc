package org.keywork.contacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.keywork.sharing.WithholdReason;
import org.keywork.sharing.WithholdingFields;
import org.keywork.support.StepStatus;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * What a worker types for a contact note, or for a correction of one (then with a reason
 * and the version).
 */
class ContactNoteForm extends WithholdingFields {

	@NotNull(message = "{contactNote.contactAt.required}")
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime contactAt;

	@Min(value = 0, message = "{contactNote.durationMinutes.range}")
	@Max(value = 1440, message = "{contactNote.durationMinutes.range}")
	private Integer durationMinutes;

	@NotNull(message = "{contactNote.type.required}")
	private ContactType type;

	@Size(max = 200, message = "{contactNote.location.size}")
	private String location;

	@Size(max = 500, message = "{contactNote.othersPresent.size}")
	private String othersPresent;

	@NotBlank(message = "{contactNote.note.required}")
	@Size(max = 20000, message = "{contactNote.note.size}")
	private String note;

	@Size(max = 5000, message = "{contactNote.prompt.size}")
	private String miEngaging;

	@Size(max = 5000, message = "{contactNote.prompt.size}")
	private String miFocusing;

	@Size(max = 5000, message = "{contactNote.prompt.size}")
	private String miEvoking;

	@Size(max = 5000, message = "{contactNote.prompt.size}")
	private String miPlanning;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextContactOn;

	private boolean restricted;

	@Size(max = 5000, message = "{contactNote.staffOnlyDetail.size}")
	private String staffOnlyDetail;

	private WithholdReason staffOnlyReason;

	@Size(max = 1000, message = "{contactNote.restrictedReason.size}")
	private String restrictedReason;

	@Size(max = 1000, message = "{contactNote.correctionReason.size}")
	private String correctionReason;

	private Long version;

	/**
	 * A random key given to each new-note form, so that sending the same form twice saves
	 * one note.
	 */
	private UUID submissionKey;

	/**
	 * Progress on Action Plan steps recorded with this note: step id to its new status
	 * (absent = no change).
	 */
	private Map<String, StepStatus> stepProgress = new LinkedHashMap<>();

	/**
	 * What other capabilities record with the note ({@link NoteAddition}), by their keys.
	 */
	private Map<String, String> additions = new LinkedHashMap<>();

	/**
	 * A new note as a worker on a visit most often records it: a home visit of an hour,
	 * now.
	 */
	static ContactNoteForm quick(LocalDateTime now, ContactType type) {
		ContactNoteForm form = new ContactNoteForm();
		form.contactAt = now.truncatedTo(ChronoUnit.MINUTES);
		form.type = type != null ? type : ContactType.HOME_VISIT;
		form.durationMinutes = form.type == ContactType.ATTEMPTED_NO_ANSWER ? 5 : 60;
		form.submissionKey = UUID.randomUUID();
		return form;
	}

	static ContactNoteForm from(ContactNote current, ZoneId zone) {
		ContactNoteForm form = new ContactNoteForm();
		NoteContent note = current.getContent();
		form.contactAt = LocalDateTime.ofInstant(note.getContactAt(), zone).truncatedTo(ChronoUnit.MINUTES);
		form.durationMinutes = note.getDurationMinutes();
		form.type = note.getType();
		form.location = note.getLocation();
		form.othersPresent = note.getOthersPresent();
		form.note = note.getNote();
		form.miEngaging = note.getMiEngaging();
		form.miFocusing = note.getMiFocusing();
		form.miEvoking = note.getMiEvoking();
		form.miPlanning = note.getMiPlanning();
		form.nextContactOn = note.getNextContactOn();
		form.withholding(!note.isShared(), note.getWithheldReason(), note.getWithheldDetail());
		form.restricted = note.isRestricted();
		form.restrictedReason = note.getRestrictedReason();
		form.staffOnlyDetail = note.getStaffOnlyDetail();
		form.staffOnlyReason = note.getStaffOnlyReason();
		form.version = current.getVersion();
		return form;
	}

	/**
	 * Rules across fields: never in the future; withholding and restricting each need a
	 * reason.
	 */
	void validate(Errors errors, LocalDateTime now, boolean correcting) {
		if (this.contactAt != null && this.contactAt.isAfter(now.plusMinutes(1))) {
			errors.rejectValue("contactAt", "contactNote.contactAt.future");
		}
		if (this.nextContactOn != null && this.contactAt != null
				&& this.nextContactOn.isBefore(this.contactAt.toLocalDate())) {
			errors.rejectValue("nextContactOn", "contactNote.nextContactOn.beforeContact");
		}
		validateWithholding(errors);
		if (StringUtils.hasText(this.staffOnlyDetail) && this.staffOnlyReason == null) {
			errors.rejectValue("staffOnlyReason", "contactNote.staffOnlyReason.required");
		}
		if (this.restricted && !StringUtils.hasText(this.restrictedReason)) {
			errors.rejectValue("restrictedReason", "contactNote.restrictedReason.required");
		}
		if (correcting && !StringUtils.hasText(this.correctionReason)) {
			errors.rejectValue("correctionReason", "contactNote.correctionReason.required");
		}
	}

	/** What the note says, as the form has it (the domain never sees the form). */
	NoteContent toContent(ZoneId zone) {
		return new NoteContent(this.contactAt.atZone(zone).toInstant(), this.durationMinutes, this.type,
				clean(this.location), clean(this.othersPresent), this.note.strip(),
				new String[] { clean(this.miEngaging), clean(this.miFocusing), clean(this.miEvoking),
						clean(this.miPlanning) },
				this.nextContactOn, !isWithheld(), reasonIfWithheld(), detailIfWithheld(), this.restricted,
				clean(this.restrictedReason), clean(this.staffOnlyDetail), this.staffOnlyReason);
	}

	/** All the free text, for the language check. */
	String allText() {
		StringBuilder text = new StringBuilder();
		for (String part : new String[] { this.note, this.miEngaging, this.miFocusing, this.miEvoking, this.miPlanning,
				this.staffOnlyDetail }) {
			if (part != null) {
				text.append(part).append('\n');
			}
		}
		return text.toString();
	}

	public Map<String, StepStatus> getStepProgress() {
		return this.stepProgress;
	}

	public void setStepProgress(Map<String, StepStatus> stepProgress) {
		this.stepProgress = stepProgress;
	}

	public Map<String, String> getAdditions() {
		return this.additions;
	}

	public void setAdditions(Map<String, String> additions) {
		this.additions = additions;
	}

	private static String clean(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	public LocalDateTime getContactAt() {
		return this.contactAt;
	}

	public void setContactAt(LocalDateTime contactAt) {
		this.contactAt = contactAt;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public ContactType getType() {
		return this.type;
	}

	public void setType(ContactType type) {
		this.type = type;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getOthersPresent() {
		return this.othersPresent;
	}

	public void setOthersPresent(String othersPresent) {
		this.othersPresent = othersPresent;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getMiEngaging() {
		return this.miEngaging;
	}

	public void setMiEngaging(String miEngaging) {
		this.miEngaging = miEngaging;
	}

	public String getMiFocusing() {
		return this.miFocusing;
	}

	public void setMiFocusing(String miFocusing) {
		this.miFocusing = miFocusing;
	}

	public String getMiEvoking() {
		return this.miEvoking;
	}

	public void setMiEvoking(String miEvoking) {
		this.miEvoking = miEvoking;
	}

	public String getMiPlanning() {
		return this.miPlanning;
	}

	public void setMiPlanning(String miPlanning) {
		this.miPlanning = miPlanning;
	}

	public LocalDate getNextContactOn() {
		return this.nextContactOn;
	}

	public void setNextContactOn(LocalDate nextContactOn) {
		this.nextContactOn = nextContactOn;
	}

	public String getStaffOnlyDetail() {
		return this.staffOnlyDetail;
	}

	public void setStaffOnlyDetail(String staffOnlyDetail) {
		this.staffOnlyDetail = staffOnlyDetail;
	}

	public WithholdReason getStaffOnlyReason() {
		return this.staffOnlyReason;
	}

	public void setStaffOnlyReason(WithholdReason staffOnlyReason) {
		this.staffOnlyReason = staffOnlyReason;
	}

	public boolean isRestricted() {
		return this.restricted;
	}

	public void setRestricted(boolean restricted) {
		this.restricted = restricted;
	}

	public String getRestrictedReason() {
		return this.restrictedReason;
	}

	public void setRestrictedReason(String restrictedReason) {
		this.restrictedReason = restrictedReason;
	}

	public String getCorrectionReason() {
		return this.correctionReason;
	}

	public void setCorrectionReason(String correctionReason) {
		this.correctionReason = correctionReason;
	}

	public UUID getSubmissionKey() {
		return this.submissionKey;
	}

	public void setSubmissionKey(UUID submissionKey) {
		this.submissionKey = submissionKey;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
