package org.keywork.portal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the portal activation tests share: a person in North for each test, and the
 * helpers that issue a code and activate with it. The tests cover getting a person into
 * the portal: a one-time code, valid 7 days, single use, stored only as a hash.
 */
abstract class ActivationTestBase {

	static final String PASSWORD = "bike ride to the coast";

	static final String FAILED = "The username or code is not right";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	long person;

	@BeforeEach
	void aPerson() throws Exception {
		person = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Ada Portal"), "worker",
				LocalDate.now().minusMonths(1));
	}

	PortalAccounts.IssuedCode issue(String as) throws Exception {
		return issue(as, false);
	}

	/**
	 * A new code; {@code confirmClose}: the worker ticked that it closes an account in
	 * use.
	 */
	PortalAccounts.IssuedCode issue(String as, boolean confirmClose) throws Exception {
		var request = post("/service-users/" + person + "/portal-account").with(csrf()).with(users.as(as));
		if (confirmClose) {
			request.param("confirmClose", "true");
		}
		MvcResult result = mvc.perform(request).andExpect(status().isFound()).andReturn();
		return (PortalAccounts.IssuedCode) result.getFlashMap().get("issued");
	}

	MvcResult activate(String username, String code, String password) throws Exception {
		return mvc
			.perform(post("/activate").with(csrf())
				.param("username", username)
				.param("code", code)
				.param("password", password)
				.param("confirmPassword", password))
			.andReturn();
	}

	static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
