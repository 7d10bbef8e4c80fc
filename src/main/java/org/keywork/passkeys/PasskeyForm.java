package org.keywork.passkeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new name for a passkey. */
class PasskeyForm {

	@NotBlank(message = "{passkeys.label.required}")
	@Size(max = 60, message = "{passkeys.label.tooLong}")
	private String label;

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

}
