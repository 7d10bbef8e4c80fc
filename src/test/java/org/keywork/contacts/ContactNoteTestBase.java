package org.keywork.contacts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the contact-note tests share: the beans they use and the helpers that make a
 * person, post a note and count a person's notes.
 */
abstract class ContactNoteTestBase {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	long person(String name) throws Exception {
		return TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName(name), "worker",
				LocalDate.now(LONDON).minusDays(30));
	}

	MockHttpServletRequestBuilder note(long person, String text) {
		return post("/service-users/{id}/contact-notes", person).with(csrf())
			.param("contactAt", LocalDateTime.now(LONDON).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString())
			.param("type", "HOME_VISIT")
			.param("durationMinutes", "60")
			.param("note", text);
	}

	long save(long person, String as, String text, String... more) throws Exception {
		MockHttpServletRequestBuilder request = note(person, text).with(users.as(as));
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		String location = mvc.perform(request)
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static org.springframework.test.web.servlet.ResultMatcher flashCode(String code) {
		return result -> assertThat(((org.keywork.web.FlashMessage) result.getFlashMap().get("flashSuccess")).code())
			.isEqualTo(code);
	}

	long count(long person) {
		return jdbc.sql("select count(*) from contact_note where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

}
