package org.keywork;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ids of the demo data (and of anything a test made by name): accounts by username,
 * people by legal name, teams by name. Part of every {@link KeyworkTest}; helpers that
 * are not beans make one with {@code new DemoIds(jdbc)}.
 */
@TestComponent
public class DemoIds {

	/** The demo worker's, manager's and peer's team. */
	public static final String NORTH = "North Housing First";

	/** The demo service user, whose portal account is {@code serviceuser}. */
	public static final String JAMIE = "Jamie Brooks";

	private final JdbcClient jdbc;

	public DemoIds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long account(String username) {
		return this.jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	/** The person a portal account belongs to. */
	public long personOf(String username) {
		return this.jdbc.sql("select service_user_id from account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	public long person(String legalName) {
		return this.jdbc.sql("select id from service_user where legal_name = ?")
			.param(legalName)
			.query(Long.class)
			.single();
	}

	public long jamie() {
		return person(JAMIE);
	}

	public long team(String name) {
		return this.jdbc.sql("select id from team where name = ?").param(name).query(Long.class).single();
	}

	public long north() {
		return team(NORTH);
	}

}
