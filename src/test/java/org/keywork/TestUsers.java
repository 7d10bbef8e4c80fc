package org.keywork;

import java.util.ArrayList;
import java.util.List;

import org.keywork.security.SecondFactorRequirement;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

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

	/**
	 * Signed in as the account, as a password sign-in that needed no second factor leaves
	 * the session (ADR 018).
	 */
	public RequestPostProcessor as(String username) {
		UserDetails details = this.users.loadUserByUsername(username);
		List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
		authorities.add(new SimpleGrantedAuthority(SecondFactorRequirement.NOT_NEEDED_AUTHORITY));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
	}

}
