package org.keywork.serviceusers;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What the create and edit forms for a person carry. Never bound to the entity directly.
 */
class ServiceUserForm {

	@NotBlank(message = "{serviceUser.legalName.required}")
	@Size(max = 160, message = "{serviceUser.legalName.size}")
	private String legalName;

	@Size(max = 120, message = "{serviceUser.preferredName.size}")
	private String preferredName;

	@Size(max = 40, message = "{serviceUser.pronouns.size}")
	private String pronouns;

	@Past(message = "{serviceUser.dateOfBirth.past}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateOfBirth;

	@Size(max = 40, message = "{serviceUser.phone.size}")
	@Pattern(regexp = "[0-9+()\\s-]*", message = "{serviceUser.phone.pattern}")
	private String phone;

	@Email(message = "{serviceUser.email.invalid}")
	@Size(max = 200, message = "{serviceUser.email.size}")
	private String email;

	@Size(max = 500, message = "{serviceUser.address.size}")
	private String address;

	@Size(max = 200, message = "{serviceUser.languages.size}")
	private String languages;

	@Size(max = 1000, message = "{serviceUser.communicationNeeds.size}")
	private String communicationNeeds;

	@NotNull(message = "{serviceUser.teamId.required}")
	private Long teamId;

	@NotNull(message = "{serviceUser.status.required}")
	private ServiceUserStatus status = ServiceUserStatus.REFERRED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate supportStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate supportEnd;

	@Size(max = 1000, message = "{serviceUser.moveOnReason.size}")
	private String moveOnReason;

	/**
	 * Only used when creating; afterwards the keyworker changes through its own form,
	 * with a reason.
	 */
	private Long keyworkerId;

	/**
	 * Set when the person creating the record has seen the possible duplicates and says
	 * this is someone else.
	 */
	private boolean notADuplicate;

	private Long version;

	static ServiceUserForm from(ServiceUser person) {
		ServiceUserForm form = new ServiceUserForm();
		form.legalName = person.getLegalName();
		form.preferredName = person.getPreferredName();
		form.pronouns = person.getPronouns();
		form.dateOfBirth = person.getDateOfBirth();
		form.phone = person.getPhone();
		form.email = person.getEmail();
		form.address = person.getAddress();
		form.languages = person.getLanguages();
		form.communicationNeeds = person.getCommunicationNeeds();
		form.teamId = person.getTeamId();
		form.status = person.getStatus();
		form.supportStart = person.getSupportStart();
		form.supportEnd = person.getSupportEnd();
		form.moveOnReason = person.getMoveOnReason();
		form.keyworkerId = person.getKeyworkerId();
		form.version = person.getVersion();
		return form;
	}

	void applyTo(ServiceUser person) {
		person.setLegalName(this.legalName.trim());
		person.setPreferredName(blankToNull(this.preferredName));
		person.setPronouns(blankToNull(this.pronouns));
		person.setDateOfBirth(this.dateOfBirth);
		person.setPhone(blankToNull(this.phone));
		person.setEmail(blankToNull(this.email));
		person.setAddress(blankToNull(this.address));
		person.setLanguages(blankToNull(this.languages));
		person.setCommunicationNeeds(blankToNull(this.communicationNeeds));
		person.setTeamId(this.teamId);
		person.setStatus(this.status);
		person.setSupportStart(this.supportStart);
		person.setSupportEnd(this.supportEnd);
		person.setMoveOnReason(this.status == ServiceUserStatus.MOVED_ON ? blankToNull(this.moveOnReason) : null);
	}

	/** Rules that involve more than one field. */
	void validate(Errors errors) {
		if (this.supportStart != null && this.supportEnd != null && this.supportEnd.isBefore(this.supportStart)) {
			errors.rejectValue("supportEnd", "serviceUser.supportEnd.beforeStart");
		}
		if (this.status == ServiceUserStatus.MOVED_ON) {
			if (this.supportEnd == null && !errors.hasFieldErrors("supportEnd")) {
				errors.rejectValue("supportEnd", "serviceUser.supportEnd.required");
			}
			if (this.moveOnReason == null || this.moveOnReason.isBlank()) {
				errors.rejectValue("moveOnReason", "serviceUser.moveOnReason.required");
			}
		}
		if (this.status == ServiceUserStatus.ACTIVE && this.supportStart == null
				&& !errors.hasFieldErrors("supportStart")) {
			errors.rejectValue("supportStart", "serviceUser.supportStart.required");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String getLegalName() {
		return this.legalName;
	}

	public void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public String getPreferredName() {
		return this.preferredName;
	}

	public void setPreferredName(String preferredName) {
		this.preferredName = preferredName;
	}

	public String getPronouns() {
		return this.pronouns;
	}

	public void setPronouns(String pronouns) {
		this.pronouns = pronouns;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getLanguages() {
		return this.languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public String getCommunicationNeeds() {
		return this.communicationNeeds;
	}

	public void setCommunicationNeeds(String communicationNeeds) {
		this.communicationNeeds = communicationNeeds;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public ServiceUserStatus getStatus() {
		return this.status;
	}

	public void setStatus(ServiceUserStatus status) {
		this.status = status;
	}

	public LocalDate getSupportStart() {
		return this.supportStart;
	}

	public void setSupportStart(LocalDate supportStart) {
		this.supportStart = supportStart;
	}

	public LocalDate getSupportEnd() {
		return this.supportEnd;
	}

	public void setSupportEnd(LocalDate supportEnd) {
		this.supportEnd = supportEnd;
	}

	public String getMoveOnReason() {
		return this.moveOnReason;
	}

	public void setMoveOnReason(String moveOnReason) {
		this.moveOnReason = moveOnReason;
	}

	public Long getKeyworkerId() {
		return this.keyworkerId;
	}

	public void setKeyworkerId(Long keyworkerId) {
		this.keyworkerId = keyworkerId;
	}

	public boolean isNotADuplicate() {
		return this.notADuplicate;
	}

	public void setNotADuplicate(boolean notADuplicate) {
		this.notADuplicate = notADuplicate;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
