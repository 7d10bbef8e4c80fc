package org.keywork.twofactor;

import jakarta.validation.constraints.NotBlank;

/**
 * A code from an authenticator app, or a recovery code, or (to remove the app) the
 * password.
 */
class CodeForm {

	@NotBlank(message = "{twofactor.code.required}")
	private String code = "";

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
