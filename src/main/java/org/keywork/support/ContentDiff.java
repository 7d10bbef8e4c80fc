package org.keywork.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.keywork.web.Dates;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What changed between two versions of a record: every field is compared by a stable
 * path, where items of a list are matched by their {@code id} (life-area code, factor,
 * goal or step id), not by position.
 */
@Component
class ContentDiff {

	private final JsonMapper json;

	private final MessageSource messages;

	private final SupportLists lists;

	private final Dates dates;

	/** How a date is kept in a record's JSON content. */
	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	ContentDiff(JsonMapper json, MessageSource messages, SupportLists lists, Dates dates) {
		this.json = json;
		this.messages = messages;
		this.lists = lists;
		this.dates = dates;
	}

	/**
	 * The fields that record a withholding decision: never compared for a reader who may
	 * not see withheld items.
	 */
	static final Set<String> WITHHOLDING_FIELDS = Set.of("withheld", "withheldReason", "withheldDetail");

	/**
	 * What differs between two versions ({@code before} null: the first), leaving out the
	 * fields in {@code leftOut}.
	 */
	List<Change> between(RecordContent before, RecordContent after, Set<String> leftOut) {
		Locale locale = LocaleContextHolder.getLocale();
		Names names = new Names(this.lists.lifeAreaNames(), this.lists.safetyCategoryNames());
		Map<String, Field> old = new LinkedHashMap<>();
		Map<String, Field> now = new LinkedHashMap<>();
		if (before != null) {
			flatten(this.json.convertValue(before, Map.class), "", "", old, names, locale, leftOut);
		}
		flatten(this.json.convertValue(after, Map.class), "", "", now, names, locale, leftOut);
		Set<String> paths = new LinkedHashSet<>(old.keySet());
		paths.addAll(now.keySet());
		List<Change> changes = new ArrayList<>();
		for (String path : paths) {
			Field was = old.get(path);
			Field is = now.get(path);
			String wasValue = was == null ? null : was.value();
			String isValue = is == null ? null : is.value();
			if (!Objects.equals(blankToNull(wasValue), blankToNull(isValue))) {
				Field label = is != null ? is : was;
				changes.add(new Change(label.item(), label.field(), blankToNull(wasValue), blankToNull(isValue)));
			}
		}
		return changes;
	}

	@SuppressWarnings("unchecked")
	private void flatten(Object node, String path, String item, Map<String, Field> out, Names names, Locale locale,
			Set<String> leftOut) {
		if (node instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				if (key.equals("id") || leftOut.contains(key)) {
					continue;
				}
				Object value = entry.getValue();
				if (value instanceof Collection<?> list) {
					for (Object element : list) {
						if (element instanceof Map<?, ?> child) {
							String id = String.valueOf(child.get("id"));
							String childItem = join(item, itemName((Map<String, Object>) child, key, names));
							flatten(child, path + "/" + key + "[" + id + "]", childItem, out, names, locale, leftOut);
						}
					}
				}
				else if (!(value instanceof Map<?, ?>)) {
					out.put(path + "/" + key,
							new Field(item, fieldName(key, locale), display(key, value, names, locale)));
				}
			}
		}
	}

	private String itemName(Map<String, Object> child, String listName, Names names) {
		return switch (listName) {
			case "areas" ->
				names.lifeAreas().getOrDefault(String.valueOf(child.get("id")), String.valueOf(child.get("id")));
			case "factors" -> names.categories().getOrDefault(String.valueOf(child.get("category")), "") + ": "
					+ Objects.toString(child.get("description"), "");
			case "goals" -> Objects.toString(child.get("goal"), "");
			case "steps" -> Objects.toString(child.get("what"), "");
			default -> listName;
		};
	}

	private String fieldName(String key, Locale locale) {
		return this.messages.getMessage("support.field." + key, null, key, locale);
	}

	private String display(String key, Object value, Names names, Locale locale) {
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value);
		return switch (key) {
			case "area" -> names.lifeAreas().getOrDefault(text, text);
			case "category" -> names.categories().getOrDefault(text, text);
			case "priority", "likelihood", "impact", "status", "who" ->
				this.messages.getMessage("support.value." + text, null, text, locale);
			case "withheldReason" -> this.messages.getMessage("sharing.reason." + text, null, text, locale);
			case "withheld" -> this.messages.getMessage("support.value.withheld." + text, null, text, locale);
			// dates as every other page shows them, not as the content keeps them
			default -> ISO_DATE.matcher(text).matches() ? this.dates.date(LocalDate.parse(text)) : text;
		};
	}

	private static String join(String parent, String child) {
		return parent.isEmpty() ? child : parent + " › " + child;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private record Names(Map<String, String> lifeAreas, Map<String, String> categories) {
	}

	/**
	 * One field that differs: which item (empty for the record itself), which field, and
	 * its values.
	 */
	record Change(String item, String field, String before, String after) {

		public boolean isAdded() {
			return this.before == null;
		}

		public boolean isRemoved() {
			return this.after == null;
		}

	}

	/** A flattened field. */
	private record Field(String item, String field, String value) {
	}

}
