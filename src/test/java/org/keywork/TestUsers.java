package org.keywork;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs MockMvc requests in as a real account loaded from the database (demo accounts or
 * ones a test made).
 */
@TestComponent
public class TestUsers {

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	TestUsers(UserDetailsService users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	/** How many unexpired sessions the account has open in the database (ADR 017). */
	public long openSessions(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ? and expiry_time > ?")
			.params(username, System.currentTimeMillis())
			.query(Long.class)
			.single();
	}

	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
