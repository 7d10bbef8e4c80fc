package org.keywork.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * What an administrator types to create a staff or administrator account: what an edit
 * has, plus the username and the first password.
 */
class NewAccountForm extends AccountForm {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "^$|[A-Za-z0-9._-]{3,60}", message = "{account.username.format}")
	private String username = "";

	/**
	 * The first password, which the person must replace at their first sign-in. Checked
	 * by the password policy.
	 */
	private String password = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.trim();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
