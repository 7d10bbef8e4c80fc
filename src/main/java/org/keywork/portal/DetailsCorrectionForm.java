package org.keywork.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the person tells us is wrong in their personal details, in their own words. */
class DetailsCorrectionForm {

	@NotBlank(message = "{portal.details.wrong.required}")
	@Size(max = 2000, message = "{portal.details.wrong.size}")
	private String whatIsWrong;

	public String getWhatIsWrong() {
		return this.whatIsWrong;
	}

	public void setWhatIsWrong(String whatIsWrong) {
		this.whatIsWrong = whatIsWrong;
	}

}
