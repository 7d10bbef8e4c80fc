package org.keywork.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * What {@link MalformedRequestTests} sends: which parameters a controller method reads,
 * and garbage for each by its type. Every text value carries {@link #MARKER}, so a log
 * line that repeats what was typed can be found.
 */
final class BadInput {

	/** Typed into every text field; must never reach a log line. */
	static final String MARKER = "Robin Quill-Marrow of 12 Lantern Row";

	/**
	 * What a page must never show: signs of a stack trace, the framework's error page or
	 * its messages.
	 */
	static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "Whitelabel", "Failed to convert",
			"java.lang.", "org.springframework", "NumberFormat", "ConversionFailed");

	private BadInput() {
	}

	/** Garbage for every field of a form, by the field's type. */
	enum Garbage {

		UNREADABLE, EXTREME, NEGATIVE, OVERFLOWING, FAR_INDEX;

		String value(Class<?> type) {
			Kind kind = Kind.of(type);
			return switch (this) {
				case UNREADABLE -> switch (kind) {
					case TEXT -> MARKER + " " + "x".repeat(25_000);
					case NUMBER -> "abc";
					case DATE -> "2026-02-30";
					case DATE_TIME -> "2026-02-30T25:61";
					case ENUM -> "NOT_A_VALUE";
					case BOOLEAN -> "maybe";
					case LIST, MAP, BEAN -> "abc";
				};
				case EXTREME -> switch (kind) {
					case TEXT -> MARKER + "\u0000" + MARKER;
					case NUMBER -> "9223372036854775807";
					case DATE -> "+999999999-12-31";
					case DATE_TIME -> "9999-12-31T23:59";
					case ENUM -> "";
					case BOOLEAN -> "true";
					case LIST, MAP, BEAN -> "9223372036854775807";
				};
				case NEGATIVE -> switch (kind) {
					case TEXT -> " \t ";
					case NUMBER -> "-1";
					case DATE -> "0001-01-01";
					case DATE_TIME -> "0001-01-01T00:00";
					case ENUM -> "done";
					case BOOLEAN -> "off";
					case LIST, MAP, BEAN -> "-1";
				};
				case OVERFLOWING -> switch (kind) {
					case TEXT -> MARKER + " <script>alert(1)</script> ${7*7} %s %n";
					case NUMBER -> "99999999999999999999";
					case DATE -> "99999-01-01";
					case DATE_TIME -> "abc";
					case ENUM -> "A".repeat(5000);
					case BOOLEAN -> "2";
					case LIST, MAP, BEAN -> "99999999999999999999";
				};
				case FAR_INDEX -> switch (kind) {
					case LIST, MAP, BEAN -> "1";
					default -> null;
				};
			};
		}

		/**
		 * The parameter name: as is, or (for FAR_INDEX) an element far past the end of a
		 * collection.
		 */
		String name(String field, Class<?> type) {
			if (this != FAR_INDEX) {
				return field;
			}
			return switch (Kind.of(type)) {
				case LIST -> field + "[99999]";
				case MAP -> field + "[NOT_A_KEY]";
				default -> field.replace("[0]", "[99999]");
			};
		}

	}

	enum Kind {

		TEXT, NUMBER, DATE, DATE_TIME, ENUM, BOOLEAN, LIST, MAP, BEAN;

		static Kind of(Class<?> type) {
			if (type == String.class) {
				return TEXT;
			}
			if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
				return NUMBER;
			}
			if (type == boolean.class || type == Boolean.class) {
				return BOOLEAN;
			}
			if (type == LocalDate.class) {
				return DATE;
			}
			if (type == LocalDateTime.class) {
				return DATE_TIME;
			}
			if (type.isEnum()) {
				return ENUM;
			}
			if (Collection.class.isAssignableFrom(type)) {
				return LIST;
			}
			if (Map.class.isAssignableFrom(type)) {
				return MAP;
			}
			return BEAN;
		}

	}

	static List<String> badQueryValues(Class<?> type) {
		if (type == int.class || type == Integer.class) {
			return List.of("abc", "-1", "2147483647", "99999999999999999999", "1.5");
		}
		return List.of("abc", "-1", "99999999999999999999", "NOT_A_VALUE", "2026-02-30", "", "\u0000",
				MARKER + "%_\\'\"");
	}

	/**
	 * Whether a value cannot be read as the type at all (as opposed to being readable but
	 * odd).
	 */
	static boolean unreadable(Class<?> type, String value) {
		if (value.isEmpty()) {
			return false; // no value, as an empty field sends
		}
		try {
			switch (Kind.of(type)) {
				case NUMBER -> {
					if (type == int.class || type == Integer.class) {
						Integer.parseInt(value);
					}
					else {
						Long.parseLong(value);
					}
				}
				case DATE -> LocalDate.parse(value);
				case ENUM -> Enum.valueOf(type.asSubclass(Enum.class), value);
				case BOOLEAN -> {
					return !Set.of("true", "false", "on", "off", "yes", "no", "1", "0").contains(value);
				}
				default -> {
					return false;
				}
			}
			return false;
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	/**
	 * The request parameters a controller method reads: its {@code @RequestParam}s and
	 * the properties of its {@code @ModelAttribute} objects (with {@code nested}, also
	 * those of objects in a list, as {@code name[0].x}).
	 */
	static Map<String, Class<?>> fields(HandlerMethod handler, boolean nested) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				fields.put(name, parameter.getParameterType());
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				properties(parameter.getParameterType(), "", nested, fields);
			}
		}
		return fields;
	}

	private static void properties(Class<?> type, String prefix, boolean nested, Map<String, Class<?>> fields) {
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			Class<?> propertyType = property.getPropertyType();
			String name = prefix + property.getName();
			Type generic = property.getWriteMethod().getGenericParameterTypes()[0];
			if (nested && Kind.of(propertyType) == Kind.LIST && generic instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> element && Kind.of(element) == Kind.BEAN) {
				properties(element, name + "[0].", false, fields);
			}
			fields.put(name, propertyType);
		}
	}

}
