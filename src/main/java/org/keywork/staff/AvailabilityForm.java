package org.keywork.staff;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member of staff's own work phone and the hours they can be reached, shown to the
 * people they support in the portal. Both may be left empty (the team's are shown then).
 */
class AvailabilityForm {

	@Size(max = 40, message = "{availability.phone.size}")
	@Pattern(regexp = "^$|^[0-9 +()-]{6,40}$", message = "{availability.phone.format}")
	private String workPhone = "";

	@Size(max = 300, message = "{availability.hours.size}")
	private String contactHours = "";

	public String getWorkPhone() {
		return this.workPhone;
	}

	public void setWorkPhone(String workPhone) {
		this.workPhone = workPhone == null ? "" : workPhone.strip();
	}

	public String getContactHours() {
		return this.contactHours;
	}

	public void setContactHours(String contactHours) {
		this.contactHours = contactHours == null ? "" : contactHours.strip();
	}

}
