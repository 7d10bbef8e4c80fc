package org.keywork;

import org.springframework.boot.test.context.TestComponent;
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

	TestUsers(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
