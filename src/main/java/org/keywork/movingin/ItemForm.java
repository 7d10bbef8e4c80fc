package org.keywork.movingin;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.keywork.staff.StaffMembers.StaffMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * One item of a person's moving-in checklist as staff enter it: what, who does it (a
 * member of staff chosen from the team, someone else named), by when, whether it is done
 * and on which day, and a note.
 */
class ItemForm {

	@NotBlank(message = "{movingin.label.required}")
	@Size(max = 200, message = "{movingin.label.size}")
	private String label;

	private Who who;

	private Long whoStaffId;

	@Size(max = 200, message = "{movingin.whoOther.size}")
	private String whoOther;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	private boolean done;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate doneOn;

	@Size(max = 2000, message = "{movingin.note.size}")
	private String note;

	private Long version;

	static ItemForm of(Item item) {
		ItemForm form = new ItemForm();
		form.label = item.label();
		form.who = item.who();
		form.whoStaffId = item.whoStaffId();
		form.whoOther = item.whoOther();
		form.dueOn = item.dueOn();
		form.done = item.isDone();
		form.doneOn = item.doneOn();
		form.note = item.note();
		form.version = item.version();
		return form;
	}

	/**
	 * A member of staff is one of the team's; someone else is named; the day it was done
	 * is not in the future.
	 */
	void validate(Errors errors, List<StaffMember> staff, LocalDate today) {
		if (this.who == Who.STAFF
				&& (this.whoStaffId == null || staff.stream().noneMatch(s -> s.getId().equals(this.whoStaffId)))) {
			errors.rejectValue("whoStaffId", "movingin.whoStaffId.required");
		}
		if (this.who == Who.OTHER && (this.whoOther == null || this.whoOther.isBlank())) {
			errors.rejectValue("whoOther", "movingin.whoOther.required");
		}
		if (this.done && this.doneOn != null && this.doneOn.isAfter(today)) {
			errors.rejectValue("doneOn", "movingin.doneOn.future");
		}
	}

	MovingInChecklists.Details details(LocalDate today) {
		LocalDate doneDay = this.done ? (this.doneOn == null ? today : this.doneOn) : null;
		return new MovingInChecklists.Details(this.label, this.who, this.whoStaffId, this.whoOther, this.dueOn, doneDay,
				this.note);
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Who getWho() {
		return this.who;
	}

	public void setWho(Who who) {
		this.who = who;
	}

	public Long getWhoStaffId() {
		return this.whoStaffId;
	}

	public void setWhoStaffId(Long whoStaffId) {
		this.whoStaffId = whoStaffId;
	}

	public String getWhoOther() {
		return this.whoOther;
	}

	public void setWhoOther(String whoOther) {
		this.whoOther = whoOther;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public boolean isDone() {
		return this.done;
	}

	public void setDone(boolean done) {
		this.done = done;
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

	public void setDoneOn(LocalDate doneOn) {
		this.doneOn = doneOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
