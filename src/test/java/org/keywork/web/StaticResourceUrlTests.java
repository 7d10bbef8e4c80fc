package org.keywork.web;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.webjars.WebJarVersionLocator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link GOV.UK Frontend at its versioned URL, which loads, while links that are not
 * static resources are written as they are, never looked up on the class path
 * (StaticResourceUrlEncodingFilter, docs/performance.md).
 */
@KeyworkTest
class StaticResourceUrlTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theStylesheetLinkCarriesTheWebjarVersionAndLoads() throws Exception {
		String version = new WebJarVersionLocator().version("govuk-frontend");
		String page = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String versioned = "/webjars/govuk-frontend/" + version + "/dist/govuk/govuk-frontend.min.css";
		assertThat(page).contains("href=\"" + versioned + "\"")
			.doesNotContain("href=\"/webjars/govuk-frontend/dist/")
			.contains("href=\"/css/keywork.css\"");
		this.mvc.perform(get(versioned)).andExpect(status().isOk());
	}

	@Test
	void onlyStaticPrefixesAreResolved() {
		assertThat(StaticResourceUrlEncodingFilter.isStaticResource("/webjars/govuk-frontend/dist/x.css", "")).isTrue();
		assertThat(StaticResourceUrlEncodingFilter.isStaticResource("/app/css/keywork.css", "/app")).isTrue();
		assertThat(StaticResourceUrlEncodingFilter.isStaticResource("/service-users/42", "")).isFalse();
		assertThat(StaticResourceUrlEncodingFilter.isStaticResource("/cssx", "")).isFalse();
		assertThat(StaticResourceUrlEncodingFilter.isStaticResource("/css/keywork.css", "/app")).isFalse();
	}

}
