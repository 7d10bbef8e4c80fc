package org.keywork.rent;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by commas, optionally in double quotes (a
 * quoted field may hold commas, line breaks and doubled quotes), records ended by CRLF,
 * LF or CR; a UTF-8 byte order mark is dropped; empty lines are skipped. Each record
 * keeps the number of the line it starts on, so a problem can be reported where the
 * reader sees it in a spreadsheet.
 */
final class CsvParser {

	private CsvParser() {
	}

	/** One record: its line number (from 1) and its fields. */
	record Row(int line, List<String> fields) {

		Row {
			fields = List.copyOf(fields);
		}

		/** The field at a column (from 0), or null when the record is shorter. */
		public String field(Integer column) {
			return column == null || column < 0 || column >= this.fields.size() ? null : this.fields.get(column);
		}

	}

	/** The file cannot be read as CSV (an unclosed quote, not UTF-8 text). */
	static final class CsvException extends RuntimeException {

		private final int line;

		CsvException(int line, String message) {
			super(message);
			this.line = line;
		}

		int line() {
			return this.line;
		}

	}

	/** The text of an uploaded file: UTF-8 (with or without a byte order mark). */
	static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new CsvException(0, "not UTF-8");
		}
	}

	static List<Row> parse(String text) {
		String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		boolean quoted = false;
		boolean wasQuoted = false;
		int i = 0;
		int n = input.length();
		while (i < n) {
			char c = input.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && input.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					quoted = false;
					i++;
					continue;
				}
				if (c == '\r' || c == '\n') {
					line++;
					if (c == '\r' && i + 1 < n && input.charAt(i + 1) == '\n') {
						field.append('\r');
						i++;
						c = '\n';
					}
				}
				field.append(c);
				i++;
				continue;
			}
			if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
				i++;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
				i++;
			}
			else if (c == '\r' || c == '\n') {
				endRecord(rows, fields, field, wasQuoted, recordLine);
				wasQuoted = false;
				if (c == '\r' && i + 1 < n && input.charAt(i + 1) == '\n') {
					i++;
				}
				i++;
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
				i++;
			}
		}
		if (quoted) {
			throw new CsvException(recordLine, "unclosed quote");
		}
		endRecord(rows, fields, field, wasQuoted, recordLine);
		return rows;
	}

	private static void endRecord(List<Row> rows, List<String> fields, StringBuilder field, boolean wasQuoted,
			int line) {
		if (fields.isEmpty() && field.isEmpty() && !wasQuoted) {
			return;
		}
		fields.add(field.toString());
		rows.add(new Row(line, fields));
		fields.clear();
		field.setLength(0);
	}

}
