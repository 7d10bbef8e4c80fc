package org.keywork.contacts;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ContactNoteLanguageTests extends ContactNoteTestBase {

	@Test
	void flagsALabelWithASuggestionAndSavesAnyway() throws Exception {
		long person = person("Language");
		// the browser's session carries the flash to the page the save redirects to
		org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
		MvcResult saved = mvc
			.perform(note(person, "Talked about being called an addict at the chemist.").with(users.as("worker"))
				.session(session))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("languageFlags"))
			.andReturn();
		assertThat(count(person)).isEqualTo(1);
		mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(users.as("worker")).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("person who uses drugs")))
			.andExpect(content().string(containsString("addict")));
	}

}
