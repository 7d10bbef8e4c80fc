package org.keywork.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No merge-conflict marker is left in the sources, templates, bundles, migrations or
 * docs: a template renders one as text and nothing else would notice (it happened once).
 */
class MergeMarkerTests {

	private static final Pattern MARKER = Pattern.compile("^(<<<<<<< |>>>>>>> |\\|\\|\\|\\|\\|\\|\\| |=======$)");

	@Test
	void noConflictMarkerIsLeftAnywhere() throws IOException {
		List<String> found = new ArrayList<>();
		for (String root : List.of("src/main", "src/test", "docs", "README.md")) {
			try (Stream<Path> files = Files.walk(Path.of(root))) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					List<String> lines;
					try {
						lines = Files.readAllLines(file, StandardCharsets.UTF_8);
					}
					catch (IOException notText) {
						continue;
					}
					for (int i = 0; i < lines.size(); i++) {
						if (MARKER.matcher(lines.get(i)).find()) {
							found.add(file + ":" + (i + 1));
						}
					}
				}
			}
		}
		assertThat(found).as("merge-conflict markers").isEmpty();
	}

	@Test
	void theCheckRecognisesAMarker() {
		assertThat(MARKER.matcher("<<<<<<< HEAD").find()).isTrue();
		assertThat(MARKER.matcher(">>>>>>> prefs").find()).isTrue();
		assertThat(MARKER.matcher("=======").find()).isTrue();
		assertThat(MARKER.matcher("  <li>a</li>").find()).isFalse();
	}

}
