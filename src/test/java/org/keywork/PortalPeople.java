package org.keywork;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People with their own portal account, for tests that must not change the demo service
 * user's record: an active North person (keyworker {@code worker}) made through the real
 * form, with a SERVICE_USER account sign-in-able via {@link TestUsers#as(String)} and, if
 * asked, an Action Plan with one step for the person and one for the keyworker.
 */
public final class PortalPeople {

	public static final String STEP_FOR_PERSON = "step-person";

	public static final String STEP_FOR_KEYWORKER = "step-keyworker";

	private PortalPeople() {
	}

	/**
	 * @return the person's id; their account's username is returned by
	 * {@link #username(long)}
	 */
	public static long withAccount(MockMvc mvc, TestUsers users, JdbcClient jdbc, PasswordEncoder encoder,
			String baseName) throws Exception {
		String name = TestPeople.uniqueName(baseName);
		long person = TestPeople.activeInNorth(mvc, users, jdbc, name, "worker", LocalDate.now().minusMonths(2));
		jdbc.sql("""
				insert into account (username, display_name, password_hash, role, service_user_id)
				values (?, ?, ?, 'SERVICE_USER', ?)
				""").params(username(person), name, encoder.encode("not-used-" + person), person).update();
		return person;
	}

	public static String username(long person) {
		return "portal-test-" + person;
	}

	/**
	 * An agreed Action Plan (one goal; a step for the person and one for the keyworker),
	 * optionally withheld.
	 */
	public static void actionPlan(JdbcClient jdbc, long person, String goal, boolean withheld) {
		TestPlans.actionPlan(person)
			.content(TestPlans.oneGoal(goal, new String[] { STEP_FOR_PERSON, "Open a bank account", "PERSON" },
					new String[] { STEP_FOR_KEYWORKER, "Phone the council about the rent", "KEYWORKER" }))
			.withheld(withheld ? "THIRD_PARTY" : null)
			.by("worker")
			.save(jdbc);
	}

}
