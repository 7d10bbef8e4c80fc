package org.keywork.web;

import java.text.MessageFormat;
import java.util.HashMap;
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
		return new Table(Map.copyOf(raw), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
	}

	/**
	 * {@code raw}: each key's message as written; {@code plain}: as shown without
	 * arguments, and {@code formats}: parsed for use with arguments, each on first use.
	 */
	private record Table(Map<String, String> raw, ConcurrentMap<String, String> plain,
			ConcurrentMap<String, MessageFormat> formats) {
	}

}
