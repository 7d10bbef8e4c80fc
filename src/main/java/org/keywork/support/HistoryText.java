package org.keywork.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a history line from its data through the message bundles:
 * {@code support.event.detail.<ACTION>} with the line's arguments, after turning codes
 * (safety categories, life areas, step statuses, withholding reasons) into their names in
 * the reader's language.
 */
@Component
class HistoryText {

	private final MessageSource messages;

	private final SupportLists lists;

	HistoryText(MessageSource messages, SupportLists lists) {
		this.messages = messages;
		this.lists = lists;
	}

	/** The detail of the line, or null when the action needs none. */
	String detail(SupportRecordEvent event) {
		return detail(event.getAction(), event.getArgs());
	}

	/** The detail of a line with this action and these arguments, or null. */
	String detail(SupportRecordEvent.Action action, List<String> args) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] shown = switch (action) {
			case FACTOR_ADDED, FACTOR_CHANGED, FACTOR_REMOVED ->
				new Object[] { this.lists.safetyCategoryNames().getOrDefault(arg(args, 0), arg(args, 0)),
						sharing(arg(args, 1), locale) };
			case OVERVIEW_CHANGED -> new Object[] { areas(arg(args, 0)) };
			case STEP_PROGRESS -> new Object[] { arg(args, 0),
					this.messages.getMessage("support.value." + arg(args, 1), null, arg(args, 1), locale) };
			case WITHHELD ->
				new Object[] { this.messages.getMessage("sharing.reason." + arg(args, 0), null, arg(args, 0), locale) };
			default -> args.toArray();
		};
		String text = this.messages.getMessage("support.event.detail." + action.name(), shown, "", locale);
		return text.isBlank() ? null : text;
	}

	private String sharing(String code, Locale locale) {
		return code.isEmpty() ? "" : this.messages.getMessage("support.event.sharing." + code, null, "", locale);
	}

	/**
	 * Life-area codes joined by commas as their names; text written before codes were
	 * kept stays as it was.
	 */
	private String areas(String codes) {
		Map<String, String> names = this.lists.lifeAreaNames();
		return Arrays.stream(codes.split(","))
			.map(String::trim)
			.map(code -> code.equals("aspirations")
					? this.messages.getMessage("support.field.aspirations", null, code, LocaleContextHolder.getLocale())
					: names.getOrDefault(code, code))
			.collect(Collectors.joining(", "));
	}

	private static String arg(List<String> args, int index) {
		return index < args.size() && args.get(index) != null ? args.get(index) : "";
	}

}
