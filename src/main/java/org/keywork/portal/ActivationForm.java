package org.keywork.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the person types at {@code /activate}: the username and code they were given, and
 * their new password.
 */
class ActivationForm {

	@NotBlank(message = "{activate.username.required}")
	@Size(max = 60, message = "{activate.username.required}")
	private String username;

	@NotBlank(message = "{activate.code.required}")
	@Size(max = 40, message = "{activate.failed}")
	private String code;

	private String password;

	private String confirmPassword;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
