package org.keywork.web;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles (one per capability, {@code spring.messages.basename}) merged into
 * one table per language the first time the language is asked for, so that a message is
 * one map look-up rather than a search through every bundle (31 of them) and a
 * {@link MessageFormat} run on each use (each message is formatted once, on first use): a
 * page renders several hundred messages, and the search was about a tenth of the person
 * page's CPU (docs/performance.md).
 * <p>
 * It answers exactly as {@link ResourceBundleMessageSource} configured with the same
 * properties does (the first bundle holding a key wins; a message without arguments is
 * the result of formatting it with none when every message goes through
 * {@code MessageFormat}, worked out once), which {@code MergedBundleMessageSourceTests}
 * checks for every key of every bundle. Bundles are read once and kept, so it is only for
 * bundles on the class path that do not change while Keywork runs.
 */
class MergedBundleMessageSource extends ResourceBundleMessageSource {

	private final ConcurrentMap<Locale, Table> tables = new ConcurrentHashMap<>();

	private boolean formatWithoutArguments;

	/**
	 * Whether a message asked for without arguments goes through {@link MessageFormat}
	 * too (so that a doubled apostrophe reads as one), as
	 * {@code spring.messages.always-use-message-format} says.
	 */
	@Override
	public void setAlwaysUseMessageFormat(boolean alwaysUseMessageFormat) {
		this.formatWithoutArguments = alwaysUseMessageFormat;
		// the look-up below answers without arguments itself, formatted or not
		super.setAlwaysUseMessageFormat(false);
	}

	/**
	 * A default message (one given with a code that no bundle holds) is formatted as
	 * {@link ResourceBundleMessageSource} would.
	 */
	@Override
	protected String formatMessage(String msg, Object[] args, Locale locale) {
		if (this.formatWithoutArguments && ObjectUtils.isEmpty(args)) {
			return createMessageFormat(msg, locale).format(new Object[0]);
		}
		return super.formatMessage(msg, args, locale);
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		Table table = table(locale);
		String message = table.raw().get(code);
		if (message == null || !this.formatWithoutArguments) {
			return message;
		}
		// formatted on first use, each key on its own: a broken message fails alone, as
		// in Spring's source
		return table.plain().computeIfAbsent(code, key -> createMessageFormat(message, locale).format(new Object[0]));
	}

	/**
	 * A message whose placeholders are plain ({@code {0}}) or choices
	 * ({@code {0,choice,...}}), asked for with text and small whole numbers (0 to 999),
	 * is put together from its parts, worked out once, without {@link MessageFormat}: the
	 * same result (a number under a thousand reads the same in every language Keywork
	 * has), without the lock Spring holds around each use of a shared
	 * {@code MessageFormat} and its number formatting. Anything else is formatted as
	 * before.
	 */
	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code != null && args != null && args.length > 0 && locale != null) {
			Table table = table(locale);
			String message = table.raw().get(code);
			if (message != null) {
				Parts parts = table.parts()
					.computeIfAbsent(code, key -> Parts.of(createMessageFormat(message, locale)));
				String joined = parts.join(args);
				if (joined != null) {
					return joined;
				}
			}
		}
		return super.getMessageInternal(code, args, locale);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		Table table = table(locale);
		String message = table.raw().get(code);
		if (message == null) {
			return null;
		}
		return table.formats().computeIfAbsent(code, key -> createMessageFormat(message, locale));
	}

	private Table table(Locale locale) {
		Table table = this.tables.get(locale);
		return table != null ? table : this.tables.computeIfAbsent(locale, this::read);
	}

	private Table read(Locale locale) {
		Map<String, String> raw = new HashMap<>();
		for (String basename : getBasenameSet()) {
			ResourceBundle bundle = getResourceBundle(basename, locale);
			if (bundle != null) {
				for (String key : bundle.keySet()) {
					raw.putIfAbsent(key, bundle.getString(key));
				}
			}
		}
		return new Table(Map.copyOf(raw), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
				new ConcurrentHashMap<>());
	}

	/**
	 * {@code raw}: each key's message as written; {@code plain}: as shown without
	 * arguments, and {@code formats}: parsed for use with arguments, each on first use.
	 */
	private record Table(Map<String, String> raw, ConcurrentMap<String, String> plain,
			ConcurrentMap<String, MessageFormat> formats, ConcurrentMap<String, Parts> parts) {
	}

	/**
	 * A message cut at its placeholders: {@code texts[i]} comes before placeholder i,
	 * which shows argument {@code indexes[i]} as it is or, when {@code choices[i]} is
	 * set, through that choice; the last text comes after the last placeholder.
	 * {@code null} texts when the message has a placeholder with a format other than a
	 * choice.
	 */
	record Parts(String[] texts, int[] indexes, int arguments, Choice[] choices) {

		private static final Parts NOT_PLAIN = new Parts(null, null, 0, null);

		/** Marks argument i in a sample formatting: two characters no message uses. */
		private static final char MARK = '\uE000';

		static Parts of(MessageFormat format) {
			Format[] placeholders = format.getFormats();
			Choice[] choices = new Choice[placeholders.length];
			MessageFormat plain = format;
			for (int i = 0; i < placeholders.length; i++) {
				if (placeholders[i] instanceof ChoiceFormat choice) {
					choices[i] = Choice.of(choice, format.getLocale());
					if (plain == format) {
						plain = (MessageFormat) format.clone();
					}
				}
				else if (placeholders[i] != null) {
					return NOT_PLAIN;
				}
			}
			if (plain != format) {
				// every placeholder plain, to find where each one is
				plain.setFormats(new Format[placeholders.length]);
			}
			int arguments = format.getFormatsByArgumentIndex().length;
			Object[] marks = new Object[arguments];
			for (int i = 0; i < marks.length; i++) {
				marks[i] = String.valueOf(new char[] { MARK, (char) ('\uE100' + i) });
			}
			String sample = plain.format(marks);
			List<String> texts = new ArrayList<>();
			List<Integer> indexes = new ArrayList<>();
			int from = 0;
			for (int at = sample.indexOf(MARK); at >= 0; at = sample.indexOf(MARK, from)) {
				texts.add(sample.substring(from, at));
				indexes.add(sample.charAt(at + 1) - '\uE100');
				from = at + 2;
			}
			texts.add(sample.substring(from));
			if (indexes.size() != placeholders.length) {
				return NOT_PLAIN;
			}
			return new Parts(texts.toArray(String[]::new), indexes.stream().mapToInt(Integer::intValue).toArray(),
					arguments, choices);
		}

		/** The message with these arguments, or null if it is not one this can join. */
		String join(Object[] args) {
			if (this.texts == null || args.length < this.arguments) {
				return null;
			}
			String[] values = new String[args.length];
			for (int i = 0; i < this.arguments; i++) {
				Object arg = args[i];
				if (arg instanceof String text) {
					values[i] = text;
				}
				else if (smallWholeNumber(arg)) {
					values[i] = String.valueOf(((Number) arg).longValue());
				}
				else {
					return null;
				}
			}
			StringBuilder joined = new StringBuilder(this.texts[0]);
			for (int i = 0; i < this.indexes.length; i++) {
				Choice choice = this.choices[i];
				if (choice == null) {
					joined.append(values[this.indexes[i]]);
				}
				else {
					Object arg = args[this.indexes[i]];
					if (!smallWholeNumber(arg)) {
						return null;
					}
					String chosen = choice.join(((Number) arg).doubleValue(), args);
					if (chosen == null) {
						return null;
					}
					joined.append(chosen);
				}
				joined.append(this.texts[i + 1]);
			}
			return joined.toString();
		}

		/**
		 * A number under a thousand, which reads the same in every language Keywork has.
		 */
		private static boolean smallWholeNumber(Object arg) {
			return (arg instanceof Integer || arg instanceof Long || arg instanceof Short)
					&& ((Number) arg).longValue() >= 0 && ((Number) arg).longValue() < 1000;
		}

	}

	/**
	 * A choice placeholder ({@code {0,choice,1#1 day|1<{0} days}}): its limits and texts,
	 * chosen as {@link ChoiceFormat} chooses; a chosen text with placeholders of its own
	 * is formatted with all the arguments, as {@link MessageFormat} does, cut once into
	 * {@link Parts}.
	 */
	record Choice(double[] limits, String[] texts, Locale locale, ConcurrentMap<String, Parts> parts) {

		static Choice of(ChoiceFormat format, Locale locale) {
			Object[] formats = format.getFormats();
			String[] texts = new String[formats.length];
			for (int i = 0; i < texts.length; i++) {
				texts[i] = String.valueOf(formats[i]);
			}
			return new Choice(format.getLimits().clone(), texts, locale, new ConcurrentHashMap<>());
		}

		String join(double number, Object[] args) {
			int i = 0;
			while (i < this.limits.length && number >= this.limits[i]) {
				i++;
			}
			String chosen = this.texts[Math.max(i - 1, 0)];
			if (chosen.indexOf('{') < 0) {
				return chosen;
			}
			return this.parts.computeIfAbsent(chosen, text -> Parts.of(new MessageFormat(text, this.locale)))
				.join(args);
		}

	}

}
