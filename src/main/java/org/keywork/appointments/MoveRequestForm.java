package org.keywork.appointments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person asks to move an appointment: why, and when would suit them. */
class MoveRequestForm {

	@NotBlank(message = "{appointments.move.why.required}")
	@Size(max = 1000, message = "{appointments.move.why.size}")
	private String why;

	@NotBlank(message = "{appointments.move.wouldSuit.required}")
	@Size(max = 500, message = "{appointments.move.wouldSuit.size}")
	private String wouldSuit;

	public String getWhy() {
		return this.why;
	}

	public void setWhy(String why) {
		this.why = why;
	}

	public String getWouldSuit() {
		return this.wouldSuit;
	}

	public void setWouldSuit(String wouldSuit) {
		this.wouldSuit = wouldSuit;
	}

}
