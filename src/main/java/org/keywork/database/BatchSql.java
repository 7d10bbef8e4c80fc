package org.keywork.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renames a query's parameters apart so that several queries can share one statement:
 * {@code :name} becomes {@code :<prefix>name} and the n-th {@code ?} becomes
 * {@code :<prefix>pn}. Quoted text, quoted names, comments and {@code ::} casts are left
 * as they are. Not understood (no Keywork query uses them): dollar-quoted text and
 * {@code E'...'} strings with backslash-escaped quotes.
 */
final class BatchSql {

	/**
	 * What the n-th {@code ?} is renamed to after the prefix: two underscores, so that it
	 * cannot meet a parameter a query names itself ({@code :p0}).
	 */
	static final String POSITIONAL = "_p";

	/**
	 * Renamed queries, by query text, prefix and number of {@code ?}: a page registers
	 * the same queries on every request (text blocks), and renaming them again was a few
	 * percent of a person page's CPU. Bounded in case some code builds its text with
	 * values in it (none should: values are parameters).
	 */
	private static final Map<Key, String> RENAMED = new ConcurrentHashMap<>();

	static final int MOST_REMEMBERED = 4096;

	private BatchSql() {
	}

	/**
	 * {@link #rename(String, String, int)} of the query without trailing semicolons,
	 * remembered.
	 */
	static String renamed(String sql, String prefix, int positionalCount) {
		Key key = new Key(sql, prefix, positionalCount);
		String renamed = RENAMED.get(key);
		if (renamed == null) {
			renamed = rename(sql.strip().replaceAll(";+$", ""), prefix, positionalCount);
			if (RENAMED.size() >= MOST_REMEMBERED) {
				RENAMED.clear();
			}
			RENAMED.put(key, renamed);
		}
		return renamed;
	}

	static int remembered() {
		return RENAMED.size();
	}

	private record Key(String sql, String prefix, int positionalCount) {
	}

	static String rename(String sql, String prefix, int positionalCount) {
		StringBuilder out = new StringBuilder(sql.length() + 32);
		int positional = 0;
		int i = 0;
		int length = sql.length();
		while (i < length) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"') {
				int end = closing(sql, i + 1, c);
				out.append(sql, i, end);
				i = end;
			}
			else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
				int end = sql.indexOf('\n', i);
				end = end < 0 ? length : end;
				out.append(sql, i, end);
				i = end;
			}
			else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				int end = sql.indexOf("*/", i + 2);
				end = end < 0 ? length : end + 2;
				out.append(sql, i, end);
				i = end;
			}
			else if (c == ':' && i + 1 < length && sql.charAt(i + 1) == ':') {
				out.append("::");
				i += 2;
			}
			else if (c == ':' && i + 1 < length && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
				int end = i + 1;
				while (end < length && Character.isJavaIdentifierPart(sql.charAt(end))) {
					end++;
				}
				out.append(':').append(prefix).append(sql, i + 1, end);
				i = end;
			}
			else if (c == '?') {
				out.append(':').append(prefix).append(POSITIONAL).append(positional++);
				i++;
			}
			else {
				out.append(c);
				i++;
			}
		}
		if (positional != positionalCount) {
			throw new IllegalArgumentException(
					"a batched query has " + positional + " '?' but was given " + positionalCount + " of them");
		}
		return out.toString();
	}

	/** The index just after the quote that closes the one opened before {@code from}. */
	private static int closing(String sql, int from, char quote) {
		int i = from;
		while (i < sql.length()) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return sql.length();
	}

}
