package org.keywork.movingin;

import java.util.List;

import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the moving-in checklist tests share: the beans they use and the helpers that start
 * a checklist, tick, add and change items, and read pages. The tests cover moving-in
 * checklists as administrators, staff, the person and a peer meet them: the template
 * copied when a checklist starts (and never again), progress, ticking and changing items
 * (validation, optimistic locking), overdue items on the caseload, the person's page, the
 * timeline, the portal, and who is refused.
 */
abstract class MovingInTestBase {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	long person(String name) throws Exception {
		return TestPeople.named(TestPeople.uniqueName(name)).save(mvc, users, jdbc);
	}

	void start(long person) throws Exception {
		mvc.perform(post("/service-users/{id}/moving-in", person).with(csrf()).with(users.as("worker")))
			.andExpect(status().is3xxRedirection());
	}

	ResultActions tick(long person, long item, long version) throws Exception {
		return mvc.perform(post("/service-users/{id}/moving-in/items/{i}/done", person, item).with(csrf())
			.with(users.as("worker"))
			.param("version", String.valueOf(version)));
	}

	MockHttpServletRequestBuilder addItem(long person, String label, String who, String whoOther, String note) {
		return post("/service-users/{id}/moving-in/items", person).with(csrf())
			.with(users.as("worker"))
			.param("label", label)
			.param("who", who)
			.param("whoOther", whoOther)
			.param("note", note);
	}

	MockHttpServletRequestBuilder change(long person, long item, long version, String note) {
		return post("/service-users/{id}/moving-in/items/{i}", person, item).with(csrf())
			.with(users.as("worker"))
			.param("label", "Keys collected")
			.param("who", "STAFF")
			.param("whoStaffId",
					String.valueOf(
							jdbc.sql("select id from account where username = 'worker'").query(Long.class).single()))
			.param("note", note)
			.param("version", String.valueOf(version));
	}

	long workerId() {
		return jdbc.sql("select id from account where username = 'worker'").query(Long.class).single();
	}

	List<Long> itemIds(long person) {
		return jdbc.sql("select id from moving_in_item where service_user_id = ? order by position, id")
			.param(person)
			.query(Long.class)
			.list();
	}

	List<String> labels(long person) {
		return jdbc.sql("select label from moving_in_item where service_user_id = ? order by position, id")
			.param(person)
			.query(String.class)
			.list();
	}

	String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
