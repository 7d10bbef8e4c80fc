package org.keywork.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds labelling words (the configurable list in table {@code language_term}) in a text:
 * whole words, ignoring case; a space or hyphen inside a term matches any run of spaces
 * or a hyphen ("non engaging", "non-engaging"). Each term is reported once per text, in
 * the order it first appears. Read on every call: the list is short and an
 * administrator's change applies at once.
 */
@Component
public class LanguageCheck {

	private final JdbcClient jdbc;

	LanguageCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<LanguageFlag> check(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<Term> terms = this.jdbc.sql("select term, suggestion from language_term where active order by term")
			.query((rs, n) -> new Term(rs.getString(1), rs.getString(2)))
			.list();
		record Hit(int at, LanguageFlag flag) {
		}
		List<Hit> hits = new ArrayList<>();
		for (Term term : terms) {
			Matcher matcher = term.pattern().matcher(text);
			if (matcher.find()) {
				hits.add(new Hit(matcher.start(), new LanguageFlag(matcher.group(), term.term(), term.suggestion())));
			}
		}
		hits.sort((a, b) -> Integer.compare(a.at(), b.at()));
		Map<String, LanguageFlag> unique = new LinkedHashMap<>();
		hits.forEach(hit -> unique.putIfAbsent(hit.flag().found().toLowerCase(Locale.ROOT), hit.flag()));
		return List.copyOf(unique.values());
	}

	static Pattern pattern(String term) {
		List<String> words = new ArrayList<>();
		for (String word : term.strip().split("[\\s-]+")) {
			words.add(Pattern.quote(word));
		}
		String regex = "(?<![\\p{L}\\p{N}])" + String.join("[\\s-]+", words) + "(?![\\p{L}\\p{N}])";
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private record Term(String term, String suggestion) {

		Pattern pattern() {
			return LanguageCheck.pattern(this.term);
		}

	}

}
