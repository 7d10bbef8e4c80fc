package org.keywork.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline inserts each entry's markup from {@code timeline/entries.html} by the
 * fragment named {@link TimelineEntry#view()}. A kind without its fragment would fail the
 * whole person page, so every view the timeline can produce has one, and no fragment is
 * left for a view that no longer exists.
 */
class TimelineEntryFragmentsTests {

	/**
	 * What an outcome entry measured: the subtypes the timeline's query gives OUTCOME.
	 */
	private static final Set<String> OUTCOME_SUBTYPES = Set.of("CYCLE", "STAR", "WELLBEING");

	@Test
	void everyViewOfATimelineEntryHasItsFragmentAndNoOther() throws IOException {
		Set<String> views = new TreeSet<>();
		for (TimelineKind kind : TimelineKind.values()) {
			if (kind == TimelineKind.OUTCOME) {
				OUTCOME_SUBTYPES.forEach((subtype) -> views.add(entry(kind, subtype).view()));
			}
			else {
				views.add(entry(kind, null).view());
			}
		}
		assertThat(fragments()).isEqualTo(views);
	}

	private static TimelineEntry entry(TimelineKind kind, String subtype) {
		return new TimelineEntry(kind, 1L, null, subtype, null, null, null, false, false, true);
	}

	private static Set<String> fragments() throws IOException {
		String html;
		try (InputStream in = new ClassPathResource("templates/timeline/entries.html").getInputStream()) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Set<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile("th:fragment=\"(\\w+)\\(timelineEntry, person\\)\"").matcher(html);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
