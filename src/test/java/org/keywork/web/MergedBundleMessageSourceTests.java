package org.keywork.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The merged message source answers every message exactly as Spring's
 * {@link ResourceBundleMessageSource} with the same {@code spring.messages.*} settings
 * would, and it is the one Keywork runs with.
 */
@KeyworkTest
class MergedBundleMessageSourceTests {

	private static Properties settings;

	@Autowired
	MessageSource running;

	@BeforeAll
	static void readSettings() throws IOException {
		settings = new Properties();
		try (InputStream in = MergedBundleMessageSourceTests.class.getResourceAsStream("/application.properties")) {
			settings.load(in);
		}
	}

	private static <T extends ResourceBundleMessageSource> T configure(T source) {
		source.setBasenames(settings.getProperty("spring.messages.basename").split(","));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(
				Boolean.parseBoolean(settings.getProperty("spring.messages.fallback-to-system-locale")));
		source.setAlwaysUseMessageFormat(
				Boolean.parseBoolean(settings.getProperty("spring.messages.always-use-message-format")));
		return source;
	}

	@Test
	void keyworkRunsWithTheMergedSource() {
		assertThat(this.running).isInstanceOf(MergedBundleMessageSource.class);
		assertThat(this.running.getMessage("app.name", null, Locale.UK)).isEqualTo("Keywork");
	}

	@Test
	void everyMessageOfEveryBundleReadsAsSpringsOwnSourceWouldGiveIt() throws IOException {
		ResourceBundleMessageSource spring = configure(new ResourceBundleMessageSource());
		MergedBundleMessageSource merged = configure(new MergedBundleMessageSource());
		TreeSet<String> keys = new TreeSet<>();
		for (String basename : spring.getBasenameSet()) {
			keys.addAll(ResourceBundle.getBundle(basename, Locale.ROOT).keySet());
		}
		assertThat(keys).hasSizeGreaterThan(1000);
		Object[] args = { "Jamie", 3, LocalDate.of(2026, 11, 30), 1234.5 };
		// texts and small numbers, which plain messages join without MessageFormat; and
		// those it leaves to MessageFormat: negative, a thousand and more, too few
		Object[] plain = { "Sam O'Neill", 7, "{1} ''quoted''", 999L, "x", "y" };
		Object[] numbers = { -2, 1000, 25_000L, (short) 12, 0, "z" };
		Object[] tooFew = { "Jamie" };
		// choices ({0,choice,0#Today|1#Yesterday|1<{0} days ago}) at and around their
		// limits, which choices with small numbers join without MessageFormat too
		Object[][] choices = { { 0, 0, "a", "b" }, { 1, 1, "a", "b" }, { 2, 3, "a", "b" }, { 14, 999L, "a", "b" },
				{ (short) 999, 2, "a", "b" }, { 1000, 1, "a", "b" }, { 3, -1, "a", "b" } };
		List<String> different = new ArrayList<>();
		for (Locale locale : locales()) {
			for (String key : keys) {
				List<Object[]> all = new ArrayList<>(List.of(new Object[0], args, plain, numbers, tooFew));
				all.add(null);
				all.addAll(List.of(choices));
				for (Object[] with : all) {
					String expected = answer(spring, key, with, locale);
					String actual = answer(merged, key, with, locale);
					if (!expected.equals(actual)) {
						different.add(locale + " " + key + ": " + expected + " / " + actual);
					}
				}
			}
		}
		assertThat(different).isEmpty();
	}

	/**
	 * British English, a language with no bundle of its own, and every language a bundle
	 * file is written in ({@code i18n/<name>_<language>.properties}).
	 */
	private static Set<Locale> locales() throws IOException {
		Set<Locale> locales = new LinkedHashSet<>(List.of(Locale.UK, Locale.ENGLISH, Locale.forLanguageTag("cs")));
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			files.map(file -> file.getFileName().toString())
				.map(name -> name.replace(".properties", ""))
				.filter(name -> name.contains("_"))
				.map(name -> Locale.forLanguageTag(name.substring(name.indexOf('_') + 1).replace('_', '-')))
				.forEach(locales::add);
		}
		return locales;
	}

	/** The message, or the exception's class when the arguments do not suit it. */
	private static String answer(MessageSource source, String key, Object[] args, Locale locale) {
		try {
			return source.getMessage(key, args, locale);
		}
		catch (IllegalArgumentException ex) {
			return ex.getClass().getName();
		}
	}

	@Test
	void aMessageNoBundleHoldsIsMissingOrItsDefaultFormattedAlike() {
		ResourceBundleMessageSource spring = configure(new ResourceBundleMessageSource());
		MergedBundleMessageSource merged = configure(new MergedBundleMessageSource());
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> merged.getMessage("no.such.key", null, Locale.UK));
		DefaultMessageSourceResolvable withDefault = new DefaultMessageSourceResolvable(new String[] { "no.such.key" },
				"It''s {0}");
		DefaultMessageSourceResolvable withoutArguments = new DefaultMessageSourceResolvable(
				new String[] { "no.such.key" }, new Object[0], "It''s here");
		assertThat(merged.getMessage(withDefault, Locale.UK)).isEqualTo(spring.getMessage(withDefault, Locale.UK));
		assertThat(merged.getMessage(withoutArguments, Locale.UK)).isEqualTo("It's here")
			.isEqualTo(spring.getMessage(withoutArguments, Locale.UK));
		assertThat(merged.getMessage("no.such.key", null, "Don''t", Locale.UK))
			.isEqualTo(spring.getMessage("no.such.key", null, "Don''t", Locale.UK));
	}

}
