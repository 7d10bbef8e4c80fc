package org.keywork.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.sharing.WithholdingFields;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** When, where, with whom and what for; shared with the person unless withheld. */
class AppointmentForm extends WithholdingFields {

	@NotNull(message = "{appointments.on.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	@NotNull(message = "{appointments.startsAt.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAt;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endsAt;

	@NotBlank(message = "{appointments.place.required}")
	@Size(max = 200, message = "{appointments.place.size}")
	private String place;

	private Long withAccountId;

	@Size(max = 200, message = "{appointments.withOther.size}")
	private String withOther;

	@NotBlank(message = "{appointments.purpose.required}")
	@Size(max = 500, message = "{appointments.purpose.size}")
	private String purpose;

	private Long version;

	static AppointmentForm of(Appointment a) {
		AppointmentForm form = new AppointmentForm();
		form.on = a.on();
		form.startsAt = a.startsAt();
		form.endsAt = a.endsAt();
		form.place = a.place();
		form.withAccountId = a.withAccountId();
		form.withOther = a.withAccountId() == null ? a.withName() : null;
		form.purpose = a.purpose();
		form.version = a.version();
		form.withholding(a.sharing());
		return form;
	}

	void validate(Errors errors, List<StaffMember> staff) {
		validateWithholding(errors);
		if (this.startsAt != null && this.endsAt != null && !this.endsAt.isAfter(this.startsAt)) {
			errors.rejectValue("endsAt", "appointments.endsAt.afterStart");
		}
		if (this.withAccountId != null && staff.stream().noneMatch(s -> s.getId().equals(this.withAccountId))) {
			errors.rejectValue("withAccountId", "appointments.with.unknown");
		}
		if (this.withAccountId != null && this.withOther != null && !this.withOther.isBlank()) {
			errors.rejectValue("withOther", "appointments.with.both");
		}
	}

	AppointmentChanges.Details details() {
		return new AppointmentChanges.Details(this.on, this.startsAt, this.endsAt, this.place, this.withAccountId,
				this.withOther, this.purpose, decision());
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

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Long getWithAccountId() {
		return this.withAccountId;
	}

	public void setWithAccountId(Long withAccountId) {
		this.withAccountId = withAccountId;
	}

	public String getWithOther() {
		return this.withOther;
	}

	public void setWithOther(String withOther) {
		this.withOther = withOther;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
