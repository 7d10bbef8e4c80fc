package org.keywork.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar file (RFC 5545) as written by hand. */
class IcsTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Test
	void oneEventWithUidStampAndTimesInUtcAcrossSummerTime() {
		String ics = Ics.event(42, LocalDate.of(2026, 7, 1), LocalTime.of(14, 30), LocalTime.of(15, 15), LONDON,
				"Keywork appointment: Jamie", "The office", null, Instant.parse("2026-06-20T09:00:00Z"), "keywork",
				false);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
			.contains("\r\nBEGIN:VEVENT\r\n", "\r\nUID:appointment-42@keywork\r\n", "\r\nDTSTAMP:20260620T090000Z\r\n",
					// 14:30 in London in July is 13:30 UTC
					"\r\nDTSTART:20260701T133000Z\r\n", "\r\nDTEND:20260701T141500Z\r\n",
					"\r\nSUMMARY:Keywork appointment: Jamie\r\n", "\r\nLOCATION:The office\r\n",
					"\r\nSTATUS:CONFIRMED\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")
			.doesNotContain("DESCRIPTION");
		// in winter London is UTC; no end time means an hour
		String winter = Ics.event(1, LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), null, LONDON, "S", "P", null,
				Instant.EPOCH, "keywork", true);
		assertThat(winter).contains("DTSTART:20261201T090000Z\r\n", "DTEND:20261201T100000Z\r\n",
				"STATUS:CANCELLED\r\n");
	}

	@Test
	void textIsEscapedAndLongLinesAreFoldedAt75Octets() {
		assertThat(Ics.text("a, b; c\\d\ne")).isEqualTo("a\\, b\\; c\\\\d\\ne");
		String place = "Flat 3, 12 Mill Lane; ring twice\nthen wait — the café next door is fine too, ".repeat(3);
		String ics = Ics.event(7, LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), null, LONDON, "S", place, null,
				Instant.EPOCH, "keywork", false);
		String[] lines = ics.split("\r\n");
		assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(75));
		// unfolded, the value is the escaped text
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("LOCATION:" + Ics.text(place) + "\r\n");
		assertThat(Arrays.stream(lines).filter(l -> l.startsWith(" ")).count()).isGreaterThan(1);
		assertThat(ics).doesNotContain("\n\n").doesNotContain("Mill Lane;");
	}

	@Test
	void onlyThePreferredFirstNameIsUsed() {
		assertThat(Ics.firstName("Jamie Lee")).isEqualTo("Jamie");
		assertThat(Ics.firstName(null)).isNull();
		assertThat(Ics.firstName("  ")).isNull();
	}

}
