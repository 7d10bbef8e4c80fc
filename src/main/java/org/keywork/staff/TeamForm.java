package org.keywork.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creating or editing a team. */
class TeamForm {

	@NotBlank(message = "{team.name.required}")
	@Size(max = 120, message = "{team.name.tooLong}")
	private String name = "";

	@NotNull(message = "{team.contactFrequencyDays.range}")
	@Min(value = 1, message = "{team.contactFrequencyDays.range}")
	@Max(value = 90, message = "{team.contactFrequencyDays.range}")
	private Integer contactFrequencyDays = 7;

	@NotNull(message = "{team.reviewIntervalMonths.range}")
	@Min(value = 1, message = "{team.reviewIntervalMonths.range}")
	@Max(value = 24, message = "{team.reviewIntervalMonths.range}")
	private Integer reviewIntervalMonths = 3;

	@NotNull(message = "{team.outcomeIntervalMonths.range}")
	@Min(value = 1, message = "{team.outcomeIntervalMonths.range}")
	@Max(value = 24, message = "{team.outcomeIntervalMonths.range}")
	private Integer outcomeIntervalMonths = 3;

	/** Whether text messages count as contact for the weekly rule. */
	private boolean textsCount = true;

	@Size(max = 40, message = "{availability.phone.size}")
	@Pattern(regexp = "^$|^[0-9 +()-]{6,40}$", message = "{availability.phone.format}")
	private String phone = "";

	@Size(max = 300, message = "{availability.hours.size}")
	private String contactHours = "";

	private long version;

	static TeamForm from(Team team) {
		TeamForm form = new TeamForm();
		form.name = team.getName();
		form.contactFrequencyDays = team.getContactFrequencyDays();
		form.reviewIntervalMonths = team.getReviewIntervalMonths();
		form.outcomeIntervalMonths = team.getOutcomeIntervalMonths();
		form.textsCount = team.isTextsCount();
		form.phone = team.getPhone() == null ? "" : team.getPhone();
		form.contactHours = team.getContactHours() == null ? "" : team.getContactHours();
		form.version = team.getVersion();
		return form;
	}

	void applyTo(Team team) {
		team.setName(this.name);
		team.setContactFrequencyDays(this.contactFrequencyDays);
		team.setReviewIntervalMonths(this.reviewIntervalMonths);
		team.setOutcomeIntervalMonths(this.outcomeIntervalMonths);
		team.setTextsCount(this.textsCount);
		team.setPhone(this.phone.isEmpty() ? null : this.phone);
		team.setContactHours(this.contactHours.isEmpty() ? null : this.contactHours);
	}

	public boolean isTextsCount() {
		return this.textsCount;
	}

	public void setTextsCount(boolean textsCount) {
		this.textsCount = textsCount;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? "" : phone.strip();
	}

	public String getContactHours() {
		return this.contactHours;
	}

	public void setContactHours(String contactHours) {
		this.contactHours = contactHours == null ? "" : contactHours.strip();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.trim();
	}

	public Integer getContactFrequencyDays() {
		return this.contactFrequencyDays;
	}

	public void setContactFrequencyDays(Integer contactFrequencyDays) {
		this.contactFrequencyDays = contactFrequencyDays;
	}

	public Integer getReviewIntervalMonths() {
		return this.reviewIntervalMonths;
	}

	public void setReviewIntervalMonths(Integer reviewIntervalMonths) {
		this.reviewIntervalMonths = reviewIntervalMonths;
	}

	public Integer getOutcomeIntervalMonths() {
		return this.outcomeIntervalMonths;
	}

	public void setOutcomeIntervalMonths(Integer outcomeIntervalMonths) {
		this.outcomeIntervalMonths = outcomeIntervalMonths;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
