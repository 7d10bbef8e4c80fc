package org.keywork.database;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A row that a {@link Batch} read back from JSON, offered to a
 * {@link org.springframework.jdbc.core.RowMapper} as a {@link ResultSet} that answers the
 * getters a mapper uses (by column label or 1-based index), converting from what
 * PostgreSQL's {@code to_json} wrote: numbers, text, booleans, dates as
 * {@code 2026-11-30}, timestamps with their offset, arrays, and
 * {@code json}/{@code jsonb} values (read with {@code getString}, as their JSON text).
 * Anything else a mapper asks for is refused with a clear message.
 */
final class JsonRows {

	private JsonRows() {
	}

	/** The columns of one query's rows: their names, and each name's index. */
	static final class Columns {

		private final List<String> names;

		private final java.util.Map<String, Integer> index = new java.util.HashMap<>();

		Columns(List<String> names) {
			this.names = List.copyOf(names);
			for (int i = names.size() - 1; i >= 0; i--) {
				this.index.put(names.get(i), i);
			}
		}

		int size() {
			return this.names.size();
		}

	}

	/**
	 * A {@link Date} that remembers the day it was made from: {@code toLocalDate()} (what
	 * every mapper calls next) answers it without the calendar arithmetic of
	 * {@code java.sql.Date}, which a dashboard of 600 people paid thousands of times.
	 */
	static final class DayDate extends Date {

		private static final long serialVersionUID = 1L;

		private final transient LocalDate day;

		DayDate(LocalDate day) {
			super(day.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli());
			this.day = day;
		}

		@Override
		public LocalDate toLocalDate() {
			return (this.day != null) ? this.day : super.toLocalDate();
		}

	}

	static ResultSet row(Columns columns, List<Object> values) {
		Row row = new Row(columns, values);
		return (ResultSet) Proxy.newProxyInstance(JsonRows.class.getClassLoader(), new Class<?>[] { ResultSet.class },
				(proxy, method, args) -> row.call(method.getName(), args));
	}

	private static final class Row {

		private final Columns columns;

		private final List<String> names;

		/**
		 * The row's values: {@link String}, {@link Long}, {@link BigDecimal},
		 * {@link Boolean}, null, or a {@link JsonNode} for a JSON object or array.
		 */
		private final List<Object> values;

		private boolean wasNull;

		Row(Columns columns, List<Object> values) {
			this.columns = columns;
			this.names = columns.names;
			this.values = values;
		}

		Object call(String method, Object[] args) throws SQLException {
			switch (method) {
				case "wasNull":
					return this.wasNull;
				case "findColumn":
					return index((String) args[0]) + 1;
				case "toString":
					return "JsonRows" + this.names;
				case "hashCode":
					return System.identityHashCode(this);
				case "equals":
					return false;
				default:
					break;
			}
			if (args == null || args.length == 0) {
				throw unsupported(method);
			}
			Object value = value(args[0]);
			this.wasNull = value == null;
			if (this.wasNull) {
				return switch (method) {
					case "getLong" -> 0L;
					case "getInt" -> 0;
					case "getShort" -> (short) 0;
					case "getDouble" -> 0.0;
					case "getFloat" -> 0.0f;
					case "getBoolean" -> false;
					case "getString", "getNString", "getBigDecimal", "getDate", "getTime", "getTimestamp", "getArray",
							"getObject" ->
						null;
					default -> throw unsupported(method);
				};
			}
			return switch (method) {
				case "getString", "getNString" -> text(value);
				case "getLong" -> (value instanceof Number number) ? number.longValue() : Long.parseLong(text(value));
				case "getInt" -> (value instanceof Number number) ? number.intValue() : Integer.parseInt(text(value));
				case "getShort" ->
					(value instanceof Number number) ? number.shortValue() : Short.parseShort(text(value));
				case "getDouble" ->
					(value instanceof Number number) ? number.doubleValue() : Double.parseDouble(text(value));
				case "getFloat" ->
					(value instanceof Number number) ? number.floatValue() : Float.parseFloat(text(value));
				case "getBoolean" -> bool(value);
				case "getBigDecimal" -> decimal(value);
				case "getDate" -> new DayDate(localDate(text(value)));
				case "getTime" -> Time.valueOf(LocalTime.parse(text(value)));
				case "getTimestamp" -> timestamp(text(value));
				case "getArray" -> array(value);
				case "getObject" ->
					(args.length > 1 && args[1] instanceof Class<?> type) ? convert(value, type) : untyped(value);
				default -> throw unsupported(method);
			};
		}

		private Object value(Object column) throws SQLException {
			int index = column instanceof Integer number ? number - 1 : index((String) column);
			if (index < 0 || index >= this.values.size()) {
				throw new SQLException("no column " + column + " in a batched query's row " + this.names);
			}
			return this.values.get(index);
		}

		private int index(String label) throws SQLException {
			Integer exact = this.columns.index.get(label);
			if (exact != null) {
				return exact;
			}
			for (int i = 0; i < this.names.size(); i++) {
				if (this.names.get(i).equalsIgnoreCase(label)) {
					return i;
				}
			}
			throw new SQLException("no column " + label + " in a batched query's row " + this.names);
		}

		/** A value as text: JSON text for an object or array. */
		private static String text(Object value) {
			if (value instanceof String text) {
				return text;
			}
			return (value instanceof BigDecimal decimal) ? decimal.toPlainString() : String.valueOf(value);
		}

		private static boolean bool(Object value) {
			if (value instanceof Boolean bool) {
				return bool;
			}
			String text = text(value);
			return "true".equals(text) || "t".equals(text);
		}

		private static Object untyped(Object value) throws SQLException {
			if (value instanceof String || value instanceof Boolean) {
				return value;
			}
			throw new SQLException("a batched query's row cannot tell the Java type of " + value
					+ ": use getObject(column, Type.class) or a typed getter");
		}

		private static Object convert(Object value, Class<?> type) throws SQLException {
			Number number = (value instanceof Number n) ? n : null;
			if (type == String.class) {
				return text(value);
			}
			if (type == Long.class) {
				return (number != null) ? number.longValue() : Long.valueOf(text(value));
			}
			if (type == Integer.class) {
				return (number != null) ? number.intValue() : Integer.valueOf(text(value));
			}
			if (type == Short.class) {
				return (number != null) ? number.shortValue() : Short.valueOf(text(value));
			}
			if (type == Double.class) {
				return (number != null) ? number.doubleValue() : Double.valueOf(text(value));
			}
			if (type == Boolean.class) {
				return bool(value);
			}
			if (type == BigDecimal.class) {
				return decimal(value);
			}
			if (type == LocalDate.class) {
				return localDate(text(value));
			}
			if (type == Date.class) {
				return new DayDate(localDate(text(value)));
			}
			if (type == LocalTime.class) {
				return LocalTime.parse(text(value));
			}
			if (type == LocalDateTime.class) {
				return timestamp(text(value)).toLocalDateTime();
			}
			if (type == OffsetDateTime.class) {
				return offsetDateTime(text(value));
			}
			if (type == Instant.class) {
				return offsetDateTime(text(value)).toInstant();
			}
			if (type == Timestamp.class) {
				return timestamp(text(value));
			}
			if (type == UUID.class) {
				return UUID.fromString(text(value));
			}
			throw new SQLException("a batched query's row cannot give a " + type.getName());
		}

		private static BigDecimal decimal(Object value) {
			if (value instanceof BigDecimal decimal) {
				return decimal;
			}
			return (value instanceof Long number) ? BigDecimal.valueOf(number) : new BigDecimal(text(value));
		}

		private static LocalDate localDate(String text) {
			if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
				// PostgreSQL's yyyy-mm-dd, read without a formatter (a page can read
				// thousands)
				return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
			}
			return LocalDate.parse(text);
		}

		private static int digits(String text, int from, int to) {
			int value = 0;
			for (int i = from; i < to; i++) {
				char c = text.charAt(i);
				if (c < '0' || c > '9') {
					throw new java.time.DateTimeException("not a date: " + text);
				}
				value = value * 10 + (c - '0');
			}
			return value;
		}

		private static OffsetDateTime offsetDateTime(String text) {
			if (hasOffset(text)) {
				OffsetDateTime quick = quickOffsetDateTime(text);
				return quick != null ? quick : OffsetDateTime.parse(text);
			}
			return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toOffsetDateTime();
		}

		private static Timestamp timestamp(String text) {
			if (hasOffset(text)) {
				return Timestamp.from(offsetDateTime(text).toInstant());
			}
			return Timestamp.valueOf(LocalDateTime.parse(text));
		}

		/**
		 * PostgreSQL's {@code timestamptz} in JSON
		 * ({@code 2026-11-30T07:20:12.123456+00:00}) read without a formatter, or null
		 * for any other shape (then the formatter reads it).
		 */
		private static OffsetDateTime quickOffsetDateTime(String text) {
			int length = text.length();
			if (length < 22 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
					|| text.charAt(13) != ':' || text.charAt(16) != ':') {
				return null;
			}
			try {
				int i = 19;
				int nanos = 0;
				if (text.charAt(i) == '.') {
					int start = ++i;
					while (i < length && Character.isDigit(text.charAt(i))) {
						i++;
					}
					if (i - start > 9 || i == start) {
						return null;
					}
					nanos = digits(text, start, i);
					for (int k = i - start; k < 9; k++) {
						nanos *= 10;
					}
				}
				char sign = text.charAt(i);
				if ((sign != '+' && sign != '-') || (length != i + 3 && length != i + 6)) {
					return null;
				}
				int offsetHours = digits(text, i + 1, i + 3);
				int offsetMinutes = (length == i + 6) ? digits(text, i + 4, i + 6) : 0;
				int seconds = (offsetHours * 3600 + offsetMinutes * 60) * ((sign == '-') ? -1 : 1);
				return OffsetDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10),
						digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19), nanos,
						java.time.ZoneOffset.ofTotalSeconds(seconds));
			}
			catch (java.time.DateTimeException | StringIndexOutOfBoundsException ex) {
				return null;
			}
		}

		/**
		 * Whether a timestamp PostgreSQL wrote ends with an offset ({@code timestamptz}).
		 */
		private static boolean hasOffset(String text) {
			return text.endsWith("Z") || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
		}

		private static Array array(Object value) throws SQLException {
			if (!(value instanceof JsonNode node)) {
				throw new SQLException("a batched query's row has no array here but " + value);
			}
			List<Object> items = new ArrayList<>();
			boolean numbers = true;
			for (JsonNode item : node) {
				numbers &= item.isIntegralNumber() || item.isNull();
				items.add(item.isNull() ? null : item.isIntegralNumber() ? (Object) item.asLong() : item.asString());
			}
			Object[] elements = numbers ? items.toArray(new Long[0])
					: items.stream().map(o -> o == null ? null : String.valueOf(o)).toArray(String[]::new);
			return (Array) Proxy.newProxyInstance(JsonRows.class.getClassLoader(), new Class<?>[] { Array.class },
					(proxy, method, args) -> {
						if (method.getName().equals("getArray") && (args == null || args.length == 0)) {
							return elements;
						}
						if (method.getName().equals("free")) {
							return null;
						}
						throw unsupported("Array." + method.getName());
					});
		}

		private static SQLException unsupported(String method) {
			return new SQLException("a batched query's row does not support " + method);
		}

	}

}
