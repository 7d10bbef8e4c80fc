package org.keywork.staff;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.keywork.security.Role;

/**
 * Editing an existing staff account: name, role and teams, with the version the
 * administrator started from. (Service users' portal accounts are not edited here; ADR
 * 006.)
 */
class AccountForm implements AccountFields {

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 120, message = "{account.displayName.tooLong}")
	private String displayName = "";

	private Role role;

	private List<Long> teamIds = new ArrayList<>();

	private long version;

	static AccountForm from(Account account) {
		AccountForm form = new AccountForm();
		form.displayName = account.getDisplayName();
		form.role = account.getRole();
		form.teamIds = new ArrayList<>(account.getTeams().stream().map(Team::getId).sorted().toList());
		form.version = account.getVersion();
		return form;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
