package org.keywork.staff;

import java.util.Collection;
import java.util.List;

import org.keywork.security.Role;

import org.springframework.validation.Errors;

/**
 * What the create and edit forms share, and the rules about roles and teams that Bean
 * Validation cannot say.
 */
interface AccountFields {

	String getDisplayName();

	Role getRole();

	List<Long> getTeamIds();

	/**
	 * Staff (manager, worker, peer) need at least one team; an administrator has none;
	 * service-user accounts are made from the person's record, never here.
	 */
	default void checkRoleAndTeams(Errors errors, Collection<Long> knownTeamIds) {
		Role role = getRole();
		if (role == null) {
			if (!errors.hasFieldErrors("role")) {
				errors.rejectValue("role", "account.role.required");
			}
		}
		else if (role == Role.SERVICE_USER) {
			errors.rejectValue("role", "account.role.serviceUser");
			return;
		}
		if (!knownTeamIds.containsAll(getTeamIds())) {
			errors.rejectValue("teamIds", "account.teams.unknown");
		}
		else if (role != null && role.isStaff() && getTeamIds().isEmpty()) {
			errors.rejectValue("teamIds", "account.teams.required");
		}
		else if (role == Role.ADMIN && !getTeamIds().isEmpty()) {
			errors.rejectValue("teamIds", "account.teams.notForAdmin");
		}
	}

}
