package org.keywork.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts a form's errors in the order of its fields, for the error summary (GOV.UK: the
 * summary lists the errors in the order the fields appear on the page). Spring lists
 * errors in the order they were found, and Bean Validation finds a form's in no
 * particular order, so the summary began with whichever field the validator happened to
 * check first.
 *
 * <p>
 * A field's place is the place of its field in the form class, the class's own fields
 * before those it inherits (a form's shared parts, such as sharing and withholding, come
 * last on the page and are inherited); a nested field ({@code sharing.reason},
 * {@code items[2].date}) takes the place of its first part. Errors about the whole form
 * come first; errors of fields the class does not declare come after the rest. Errors of
 * the same place keep the order they were found in.
 */
public final class FormErrors {

	private static final Map<Class<?>, List<String>> FIELDS = new ConcurrentHashMap<>();

	/** The errors in the order of {@code form}'s fields. */
	public List<DetailedError> inFormOrder(List<DetailedError> errors, Object form) {
		if (errors.size() < 2 || form == null) {
			return errors;
		}
		List<String> fields = FIELDS.computeIfAbsent(form.getClass(), FormErrors::fieldsOf);
		List<DetailedError> ordered = new ArrayList<>(errors);
		ordered.sort(Comparator.comparingInt(error -> place(error, fields)));
		return ordered;
	}

	private static int place(DetailedError error, List<String> fields) {
		if (error.isGlobal()) {
			return -1;
		}
		String name = error.getFieldName();
		int end = name.length();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '.' || c == '[') {
				end = i;
				break;
			}
		}
		int place = fields.indexOf(name.substring(0, end));
		return (place >= 0) ? place : fields.size();
	}

	private static List<String> fieldsOf(Class<?> type) {
		List<String> names = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
					names.add(field.getName());
				}
			}
		}
		return List.copyOf(names);
	}

}
