package org.keywork.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from the message bundles, so that the interface can be
 * translated: no template carries literal text outside a {@code th:text}, and every
 * message key a template names exists. Reads the files as text; the heuristics are simple
 * on purpose (an element with text content must take it from an expression).
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	/** {@code #{key}} or {@code #{key(args)}}: a key written out in full. */
	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	/** {@code #{'prefix.' + ${...}}}: a key built from a prefix. */
	private static final Pattern KEY_PREFIX = Pattern.compile("#\\{'([A-Za-z0-9_.-]+)'\\s*\\+");

	/**
	 * An element whose content is replaced by an expression, with that (prototype)
	 * content.
	 */
	private static final Pattern REPLACED_ELEMENT = Pattern.compile(
			"<([\\w:-]+)\\b[^>]*\\bth:(?:text|utext|replace|insert)=\"[^\"]*\"[^>]*?(?:/>|>(?:(?!<\\1\\b).)*?</\\1>)",
			Pattern.DOTALL);

	private static Properties messages;

	private static List<Path> templates;

	@BeforeAll
	static void read() throws IOException {
		messages = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					messages.load(reader);
				}
			}
		}
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(templates).hasSizeGreaterThan(20);
		assertThat(messages).hasSizeGreaterThan(200);
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		TreeSet<String> missing = new TreeSet<>();
		for (Path template : templates) {
			String html = Files.readString(template);
			Matcher key = STATIC_KEY.matcher(html);
			while (key.find()) {
				if (!messages.containsKey(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
			Matcher prefix = KEY_PREFIX.matcher(html);
			while (prefix.find()) {
				String start = prefix.group(1);
				if (messages.stringPropertyNames().stream().noneMatch(name -> name.startsWith(start))) {
					missing.add(TEMPLATES.relativize(template) + ": " + start + "*");
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from i18n/*.properties").isEmpty();
	}

	/**
	 * Every message goes through {@link MessageFormat}
	 * (spring.messages.always-use-message-format), so each must parse, and a lone
	 * apostrophe would start a quote and swallow the rest of the sentence: it must be
	 * doubled.
	 */
	@Test
	void everyMessageIsAValidMessageFormatWithoutALoneApostrophe() {
		List<String> broken = new ArrayList<>();
		for (String key : new TreeSet<>(messages.stringPropertyNames())) {
			String value = messages.getProperty(key);
			try {
				new MessageFormat(value, Locale.UK);
			}
			catch (IllegalArgumentException ex) {
				broken.add(key + ": " + ex.getMessage());
			}
			if (value.replace("''", "").contains("'")) {
				broken.add(key + ": lone apostrophe in \"" + value + "\"");
			}
		}
		assertThat(broken).as("messages that MessageFormat would mangle").isEmpty();
	}

	@Test
	void noTemplateCarriesLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<(script|style)\\b.*?</\\1>", "")
				// expressions may hold ">" (a comparison): take attribute values out
				// before looking at text
				.replaceAll("=\"[^\"]*\"", "=\"\"");
			String previous;
			do {
				previous = html;
				html = REPLACED_ELEMENT.matcher(html).replaceAll("");
			}
			while (!html.equals(previous));
			Matcher text = Pattern.compile(">([^<]+)<").matcher(html);
			while (text.find()) {
				// inlined expressions ([[...]]) and character entities (&ndash;) are not
				// text
				String words = text.group(1).replaceAll("\\[\\[.*?]]", "").replaceAll("&#?\\w+;", "").strip();
				if (words.matches("(?s).*\\p{L}{2,}.*")) {
					literal.add(TEMPLATES.relativize(template) + ": " + words);
				}
			}
		}
		assertThat(literal).as("text in templates that does not come from the message bundles").isEmpty();
	}

	@Test
	void noUserFacingAttributeIsWrittenOutInEnglish() throws IOException {
		Pattern attribute = Pattern.compile("\\s(aria-label|placeholder|title|alt)=\"([^\"]*)\"");
		List<String> literal = new ArrayList<>();
		for (Path template : templates) {
			Matcher m = attribute.matcher(Files.readString(template));
			while (m.find()) {
				if (m.group(2).matches(".*\\p{L}{2,}.*")) {
					literal.add(TEMPLATES.relativize(template) + ": " + m.group());
				}
			}
		}
		assertThat(literal).as("aria-label, placeholder, title or alt written out instead of th:attr").isEmpty();
	}

}
