package org.keywork.staff;

/**
 * A temporary password an administrator types for someone; they must replace it at their
 * next sign-in.
 */
class PasswordResetForm {

	private String password = "";

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
