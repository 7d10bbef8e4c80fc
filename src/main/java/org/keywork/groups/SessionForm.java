package org.keywork.groups;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A session that took place: when, where, what happened (one note for the whole session)
 * and, per person invited, whether they came. A person left blank was not invited.
 */
class SessionForm {

	@NotNull(message = "{groups.session.on.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	@NotNull(message = "{groups.session.startsAt.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAt;

	@NotBlank(message = "{groups.session.place.required}")
	@Size(max = 200, message = "{groups.session.place.size}")
	private String place;

	@NotBlank(message = "{groups.session.note.required}")
	@Size(max = 4000, message = "{groups.session.note.size}")
	private String note;

	/** Person id to ATTENDED, APOLOGIES, DID_NOT_ATTEND, or blank (not invited). */
	private Map<Long, String> attendance = new LinkedHashMap<>();

	/** A session is recorded once it has happened; someone must have been invited. */
	void validate(Errors errors, LocalDate today) {
		if (this.on != null && this.on.isAfter(today)) {
			errors.rejectValue("on", "groups.session.on.future");
		}
		if (statuses().isEmpty()) {
			errors.rejectValue("attendance", "groups.session.attendance.required");
		}
	}

	/** Who was invited and whether they came (unknown values are ignored). */
	Map<Long, AttendanceStatus> statuses() {
		Map<Long, AttendanceStatus> result = new LinkedHashMap<>();
		if (this.attendance == null) {
			return result;
		}
		this.attendance.forEach((person, status) -> {
			for (AttendanceStatus s : AttendanceStatus.values()) {
				if (person != null && s.name().equals(status)) {
					result.put(person, s);
				}
			}
		});
		return result;
	}

	GroupSessions.Details details() {
		return new GroupSessions.Details(this.on, this.startsAt, this.place, this.note, statuses());
	}

	public LocalDate getOn() {
		return this.on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Map<Long, String> getAttendance() {
		return this.attendance;
	}

	public void setAttendance(Map<Long, String> attendance) {
		this.attendance = attendance;
	}

}
