package org.keywork.staff;

import java.util.Collection;
import java.util.List;

import org.keywork.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who works in a team, for the lists that offer staff to choose from (a keyworker, a
 * peer, someone to follow a decision up) and the pages that name them: the id and name
 * only, read in one small query, never the whole account (the list and search pages ask
 * on every request).
 */
@Component
public class StaffMembers {

	private final JdbcClient jdbc;

	StaffMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Enabled staff of the given roles who belong to any of the given teams, by name.
	 * Reached from the teams' memberships, so the plan does not depend on which teams
	 * (ADR 023).
	 */
	public List<StaffMember> inTeams(Collection<Long> teamIds, Collection<Role> roles) {
		if (teamIds.isEmpty() || roles.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.id, a.display_name
				from account a
				join (select distinct t.account_id from account_team t where t.team_id in (:teams)) t
				  on t.account_id = a.id
				where a.enabled and a.role in (:roles)
				order by a.display_name, a.id
				""")
			.param("teams", teamIds)
			.param("roles", roles.stream().map(Role::name).toList())
			.query((rs, n) -> new StaffMember(rs.getLong("id"), rs.getString("display_name")))
			.list();
	}

	/**
	 * A member of staff as a choice in a list: templates read {@code id} and
	 * {@code displayName}.
	 */
	public record StaffMember(Long id, String displayName) {

		public Long getId() {
			return this.id;
		}

		public String getDisplayName() {
			return this.displayName;
		}

	}

}
