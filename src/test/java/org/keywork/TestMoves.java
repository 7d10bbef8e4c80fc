package org.keywork;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moving a person to another team through the real edit form, by a manager of both teams
 * made for the test:
 * {@code TestMoves.move(mvc, users, jdbc, person, team, TestMoves.managerOf(jdbc, north, team))}.
 */
public final class TestMoves {

	private TestMoves() {
	}

	/**
	 * A new MANAGER account in all these teams (who may move people between them).
	 * @return its username
	 */
	public static String managerOf(JdbcClient jdbc, long... teams) {
		String username = TestPeople.uniqueName("mover").replace(' ', '-');
		long account = jdbc
			.sql("insert into account (username, display_name, password_hash, role) values (?, ?, 'x', 'MANAGER')"
					+ " returning id")
			.params(username, "Mover " + username)
			.query(Long.class)
			.single();
		for (long team : teams) {
			TestTeams.addMember(jdbc, team, account);
		}
		return username;
	}

	/** Saves the person's record (active, as it was) with another team. */
	public static void move(MockMvc mvc, TestUsers users, JdbcClient jdbc, long person, long team, String by)
			throws Exception {
		var row = jdbc.sql("select legal_name, version, support_start from service_user where id = ?")
			.param(person)
			.query()
			.singleRow();
		mvc.perform(post("/service-users/{id}", person).with(csrf())
			.with(users.as(by))
			.param("legalName", (String) row.get("legal_name"))
			.param("teamId", String.valueOf(team))
			.param("status", "ACTIVE")
			.param("supportStart", String.valueOf(row.get("support_start")))
			.param("version", String.valueOf(row.get("version")))).andExpect(status().isFound());
		assertThat(jdbc.sql("select team_id from service_user where id = ?").param(person).query(Long.class).single())
			.isEqualTo(team);
	}

}
