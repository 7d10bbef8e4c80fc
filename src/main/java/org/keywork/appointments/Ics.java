package org.keywork.appointments;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One appointment as an iCalendar file (RFC 5545), written by hand: a VCALENDAR with one
 * VEVENT, times in UTC. A calendar leaks (it syncs to phones, shows on lock screens, is
 * shared with colleagues), so the summary names the person by at most their preferred
 * first name, and what the appointment is for is left out: it stays in Keywork, which the
 * description links to by id only.
 */
final class Ics {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Ics() {
	}

	/**
	 * The file. {@code end} may be null (an hour is assumed); {@code uidDomain} makes the
	 * UID unique across installations.
	 */
	static String event(long appointmentId, LocalDate on, LocalTime start, LocalTime end, ZoneId zone, String summary,
			String location, String description, Instant stamp, String uidDomain, boolean cancelled) {
		Instant begins = on.atTime(start).atZone(zone).toInstant();
		Instant ends = end == null ? begins.plusSeconds(3600) : on.atTime(end).atZone(zone).toInstant();
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Keywork//Appointments//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:appointment-" + appointmentId + "@" + uidDomain);
		line(out, "DTSTAMP:" + UTC.format(stamp));
		line(out, "DTSTART:" + UTC.format(begins));
		line(out, "DTEND:" + UTC.format(ends));
		line(out, "SUMMARY:" + text(summary));
		if (location != null && !location.isBlank()) {
			line(out, "LOCATION:" + text(location));
		}
		if (description != null && !description.isBlank()) {
			line(out, "DESCRIPTION:" + text(description));
		}
		line(out, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Appends a content line folded at 75 octets (RFC 5545 3.1): a CRLF and a space
	 * before each continuation, never inside a UTF-8 character.
	 */
	static void line(StringBuilder out, String line) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < line.length();) {
			int cp = line.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

	/** The preferred first name (the first word of the preferred name), or null. */
	static String firstName(String preferredName) {
		if (preferredName == null || preferredName.isBlank()) {
			return null;
		}
		return preferredName.strip().split("\\s+")[0];
	}

}
