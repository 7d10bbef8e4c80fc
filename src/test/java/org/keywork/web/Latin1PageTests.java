package org.keywork.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A page whose characters are all Latin-1 is rendered one byte a character. Java keeps
 * such text compact; the first character beyond U+00FF turns Thymeleaf's output buffer
 * into two bytes a character for the rest of the page, and every piece appended after it
 * is widened and the page is encoded to UTF-8 on the slow path: the en dash in every page
 * title did that to every page, 3 to 5 % of the person page's app CPU
 * (docs/performance.md). So templates write such characters as entities ({@code &ndash;},
 * {@code &ldquo;}), which the browser shows the same. People's names and other languages
 * bring them in anyway; the English interface itself does not.
 */
@KeyworkTest
class Latin1PageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DemoIds ids;

	@Test
	void noTemplateHoldsACharacterBeyondLatin1() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					int line = i + 1;
					lines.get(i)
						.codePoints()
						.filter(c -> c > 0xFF)
						.findFirst()
						.ifPresent(c -> found.add("%s:%d: %s".formatted(file, line, Character.toString(c))));
				}
			}
		}
		assertThat(found).as("characters to write as entities").isEmpty();
	}

	@Test
	void thePersonPageCaseloadAndTeamDashboardAreLatin1() throws Exception {
		assertLatin1("/service-users/" + this.ids.jamie(), "worker");
		assertLatin1("/caseload", "worker");
		assertLatin1("/team", "manager");
	}

	private void assertLatin1(String path, String username) throws Exception {
		String page = this.mvc.perform(get(path).with(this.users.as(username)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).as("%s as %s", path, username).contains("</html>");
		List<String> beyond = page.codePoints()
			.filter(c -> c > 0xFF)
			.distinct()
			.mapToObj(c -> "U+%04X %s".formatted(c, Character.toString(c)))
			.toList();
		assertThat(beyond).as("characters beyond Latin-1 on %s as %s", path, username).isEmpty();
	}

}
