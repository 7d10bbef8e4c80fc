package org.keywork.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page has one title. The layout takes the page's title with a markup selector, and
 * {@code ~{::title}} takes every {@code <title>} of the template, a chart's SVG title
 * included: that put a second title in the page's head and gave the chart's id twice.
 * Templates with a chart of their own select {@code ~{::head/title}}.
 */
@KeyworkTest
class PageTitleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern HEAD = Pattern.compile("<head>(.*?)</head>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void aTemplateThatSelectsEveryTitleHasOnlyThePagesTitle() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> twoTitles = files.filter(file -> file.toString().endsWith(".html")).filter(file -> {
				String text = read(file);
				return text.contains("~{::title}") && count(text, "<title") > 1;
			}).toList();
			assertThat(twoTitles).as("templates whose layout call would take a chart's title too").isEmpty();
		}
	}

	@Test
	void theTeamChartsPagesHaveOneTitleAndTheirChartsIdOnce() throws Exception {
		assertOneTitle("/team/outcomes", "id=\"team-bars-title\"");
		assertOneTitle("/team/outcomes/cycle", "id=\"team-chart-title\"");
	}

	private void assertOneTitle(String path, String chartTitleId) throws Exception {
		String page = this.mvc.perform(get(path).with(this.users.as("manager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher head = HEAD.matcher(page);
		assertThat(head.find()).isTrue();
		assertThat(count(head.group(1), "<title")).as(path + ": titles in the head").isEqualTo(1);
		assertThat(count(page, chartTitleId)).as(path + ": " + chartTitleId).isEqualTo(1);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
