package org.keywork.staff;

import java.util.List;

import org.keywork.security.Role;

/** One line of the administrator's account list. */
record AccountRow(Long id, String username, String displayName, Role role, List<String> teamNames, boolean enabled,
		boolean mustChangePassword) {

	static AccountRow of(Account account) {
		return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getTeams().stream().map(Team::getName).sorted().toList(), account.isEnabled(),
				account.isMustChangePassword());
	}

}
