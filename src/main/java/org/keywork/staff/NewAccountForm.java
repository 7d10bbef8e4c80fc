package org.keywork.staff;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.keywork.security.Role;

/** What an administrator types to create a staff or administrator account. */
class NewAccountForm implements AccountFields {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "^$|[A-Za-z0-9._-]{3,60}", message = "{account.username.format}")
	private String username = "";

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 120, message = "{account.displayName.tooLong}")
	private String displayName = "";

	private Role role;

	private List<Long> teamIds = new ArrayList<>();

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

	@Override
	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? "" : displayName.trim();
	}

	@Override
	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	@Override
	public List<Long> getTeamIds() {
		return this.teamIds;
	}

	public void setTeamIds(List<Long> teamIds) {
		this.teamIds = teamIds == null ? new ArrayList<>() : teamIds;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
