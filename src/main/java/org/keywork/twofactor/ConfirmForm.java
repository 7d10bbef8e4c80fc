package org.keywork.twofactor;

import jakarta.validation.constraints.NotBlank;

/**
 * "Confirm it's you": the password (or, where the account has one, a current code from
 * its authenticator app), and the page to go back to.
 */
class ConfirmForm {

	@NotBlank(message = "{reauth.required}")
	private String password = "";

	private String next = "";

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getNext() {
		return this.next;
	}

	public void setNext(String next) {
		this.next = next;
	}

}
