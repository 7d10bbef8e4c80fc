package org.keywork.web;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page's template variables live in the template engine ({@link TemplateVariables}),
 * not in the request's attributes, and what only the request holds still reaches the
 * templates: Spring Security's CSRF token and the request parameters.
 */
@KeyworkTest
class TemplateVariablesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DemoIds ids;

	@Test
	void theModelAndTheLoopsVariablesAreNotCopiedIntoTheRequest() throws Exception {
		MvcResult result = this.mvc.perform(get("/service-users/" + this.ids.jamie()).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("Jamie");
		// Thymeleaf's web context would have set each of these as a request attribute
		assertThat(result.getRequest().getAttribute("person")).isNull();
		assertThat(result.getRequest().getAttribute("sections")).isNull();
		assertThat(result.getRequest().getAttribute("section")).isNull();
	}

	@Test
	void aTemplateStillReadsTheCsrfTokenFromTheRequest() throws Exception {
		MvcResult result = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		CsrfToken token = (CsrfToken) result.getRequest().getAttribute(CsrfToken.class.getName());
		assertThat(token).isNotNull();
		assertThat(result.getResponse().getContentAsString()).contains("data-csrf-token=\"" + token.getToken() + "\"")
			.contains("data-csrf-header=\"" + token.getHeaderName() + "\"");
	}

	@Test
	void aTemplateStillReadsTheRequestsParameters() throws Exception {
		assertThat(
				this.mvc.perform(get("/login").param("signedOut", "")).andReturn().getResponse().getContentAsString())
			.contains("You have signed out.");
		assertThat(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.doesNotContain("You have signed out.");
	}

}
