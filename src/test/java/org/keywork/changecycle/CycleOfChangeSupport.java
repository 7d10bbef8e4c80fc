package org.keywork.changecycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the Cycle of Change tests share: the beans they use and the helpers that name an
 * issue, record a stage or a contact note, count rows and read pages. Subclasses carry
 * {@link org.keywork.KeyworkTest @KeyworkTest}: {@link CycleOfChangePathTests},
 * {@link CycleOfChangeContactNoteTests} and {@link CycleOfChangeVisibilityTests}.
 */
abstract class CycleOfChangeSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	long person() throws Exception {
		return TestPeople.named(TestPeople.uniqueName("Cycle Person")).save(mvc, users, jdbc);
	}

	void nameIssue(long person, String name, String stage, LocalDate on, boolean withheld) throws Exception {
		MockHttpServletRequestBuilder request = post("/service-users/{id}/cycle-of-change/issues", person).with(csrf())
			.with(users.as("worker"))
			.param("name", name)
			.param("stage", stage)
			.param("on", on.toString())
			.param("words", "In my words: " + name);
		if (withheld) {
			request.param("withheld", "true").param("withheldReason", "THIRD_PARTY");
		}
		mvc.perform(request).andExpect(status().isFound());
	}

	void stage(long person, long issue, String stage, LocalDate on, String words) throws Exception {
		MockHttpServletRequestBuilder request = post("/service-users/{id}/cycle-of-change/stages", person).with(csrf())
			.with(users.as("worker"))
			.param("issueId", String.valueOf(issue))
			.param("stage", stage)
			.param("on", on.toString());
		if (words != null) {
			request.param("words", words);
		}
		mvc.perform(request).andExpect(status().isFound());
	}

	MockHttpServletRequestBuilder note(long person, String by, LocalDateTime at, String text) {
		return post("/service-users/{id}/contact-notes", person).with(csrf())
			.with(users.as(by))
			.param("contactAt", at.truncatedTo(ChronoUnit.MINUTES).toString())
			.param("durationMinutes", "30")
			.param("type", "HOME_VISIT")
			.param("note", text);
	}

	long issueId(long person, String name) {
		return jdbc.sql("select id from cycle_issue where service_user_id = ? and name = ?")
			.params(person, name)
			.query(Long.class)
			.single();
	}

	long count(long person) {
		return jdbc.sql("select count(*) from cycle_issue where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	long stages(long issue) {
		return jdbc.sql("select count(*) from cycle_stage where issue_id = ?").param(issue).query(Long.class).single();
	}

	long notes(long person) {
		return jdbc.sql("select count(*) from contact_note where service_user_id = ?")
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

	static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as("%s on the page", from).isNotNegative();
		int end = page.indexOf(to, start);
		return page.substring(start, end < 0 ? page.length() : end);
	}

	static int count(String text, String what) {
		int n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

	static String dateText(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
	}

}
