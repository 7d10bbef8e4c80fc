package org.keywork.staff;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Teams as choices in a list (the people list's team filter, the team of a new person):
 * the id and name only, read in one small query, never the whole team. The people list
 * asks on every request; read through Spring Data and Hibernate as entities, this one
 * query was about 9 % of that page's CPU at national scale, where the same read here
 * costs about as much as {@link StaffMembers#inTeams} (docs/performance.md).
 */
@Component
public class TeamChoices {

	private final JdbcClient jdbc;

	TeamChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The teams with these ids, by name. The ids go as one array parameter, so the
	 * statement is the same whatever their number (ADR 023).
	 */
	public List<TeamChoice> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, name from team where id = any(?) order by name, id")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> new TeamChoice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** A team as a choice in a list: templates read {@code id} and {@code name}. */
	public record TeamChoice(Long id, String name) {

		public Long getId() {
			return this.id;
		}

		public String getName() {
			return this.name;
		}

	}

}
