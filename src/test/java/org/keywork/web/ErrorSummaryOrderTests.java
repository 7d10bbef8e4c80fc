package org.keywork.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error summary lists a form's errors in the order of its fields on the page
 * ({@link FormErrors}), whatever order the validator found them in, and each link goes to
 * a control (for radios and checkboxes, the first), where a keyboard user can answer.
 */
@KeyworkTest
class ErrorSummaryOrderTests {

	private static final Pattern SUMMARY = Pattern.compile("govuk-error-summary__list\">(.*?)</ul>", Pattern.DOTALL);

	private static final Pattern LINK = Pattern.compile("href=\"#([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DemoIds ids;

	@Test
	void aNewTeamsErrorsFollowItsFields() throws Exception {
		assertThat(summaryLinks(post("/admin/teams/new").param("name", "")
			.param("contactFrequencyDays", "0")
			.param("reviewIntervalMonths", "99")
			.param("outcomeIntervalMonths", "99"), "admin"))
			.containsExactly("name", "contactFrequencyDays", "reviewIntervalMonths", "outcomeIntervalMonths");
	}

	@Test
	void aNewAccountsUsernameComesBeforeTheFieldsItShares() throws Exception {
		List<String> links = summaryLinks(
				post("/admin/accounts/new").param("username", "").param("displayName", "").param("role", ""), "admin");
		assertThat(links).startsWith("username");
		assertThat(links.indexOf("displayName")).isPositive();
	}

	@Test
	void theLinksOfChoicesGoToTheFirstChoice() throws Exception {
		String person = "/service-users/" + this.ids.jamie();
		assertLinksGoToControls(post(person + "/rent").param("date", "").param("amount", "").param("description", ""),
				"kind");
		assertLinksGoToControls(post(person + "/consent").param("what", "").param("givenOn", ""), "givenHow");
	}

	private void assertLinksGoToControls(MockHttpServletRequestBuilder request, String choice) throws Exception {
		String page = this.mvc.perform(request.with(csrf()).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> links = links(page);
		assertThat(links).contains(choice);
		for (String link : links) {
			assertThat(Pattern.compile("<(input|select|textarea)\\s[^>]*id=\"" + Pattern.quote(link) + "\"")
				.matcher(page)
				.find()).as("#" + link + " is a control").isTrue();
		}
	}

	private List<String> summaryLinks(MockHttpServletRequestBuilder request, String username) throws Exception {
		String page = this.mvc.perform(request.with(csrf()).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return links(page);
	}

	private static List<String> links(String page) {
		Matcher summary = SUMMARY.matcher(page);
		assertThat(summary.find()).as("the page has an error summary").isTrue();
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(summary.group(1));
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

}
