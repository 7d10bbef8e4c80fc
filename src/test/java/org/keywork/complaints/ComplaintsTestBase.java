package org.keywork.complaints;

import java.time.ZoneId;

import org.keywork.TestClock;
import org.keywork.TestUsers;
import org.keywork.database.Batches;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the complaints tests share: the beans they use and the helpers that post a
 * complaint and its steps and read pages. The tests cover complaints and incidents about
 * a person's tenancy: the response clock on working days (on the {@link TestClock}),
 * recording each step (validation, optimistic locking), who sees what (never who
 * complained in the portal; a withheld complaint only for staff; nothing for peers or
 * another team), the caseload item, the report part and the team target.
 */
abstract class ComplaintsTestBase {

	@Autowired
	Batches batches;

	static final ZoneId LONDON = ZoneId.of("Europe/London");

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

	@Autowired
	ComplaintsDue due;

	@Autowired
	ComplaintsReportPart report;

	MockHttpServletRequestBuilder add(long person, String kind, String source, String on, String time, String said,
			String thirdParty) {
		return post("/service-users/{id}/complaints", person).with(csrf())
			.with(users.as("worker"))
			.param("kind", kind)
			.param("source", source)
			.param("receivedOn", on)
			.param("receivedTime", time)
			.param("whatWasSaid", said)
			.param("thirdPartyName", thirdParty);
	}

	MockHttpServletRequestBuilder respond(long person, long complaint, long version, String on, String time,
			String done) {
		return step("/service-users/" + person + "/complaints/" + complaint + "/response", version)
			.param("respondedOn", on)
			.param("respondedTime", time)
			.param("who", "Sam")
			.param("done", done);
	}

	MockHttpServletRequestBuilder step(String path, long version) {
		return post(path).with(csrf()).with(users.as("worker")).param("version", String.valueOf(version));
	}

	long complaintId(long person) {
		return jdbc.sql("select max(id) from complaint where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	long count(long person) {
		return jdbc.sql("select count(*) from complaint where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
