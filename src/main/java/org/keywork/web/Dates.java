package org.keywork.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them, in the service's time zone and the reader's language; used
 * from templates as {@code ${#kwDates.date(...)}} ({@link DatesExpressionObject}).
 */
@Component("dates")
public class Dates {

	private final ZoneId zone;

	private final Clock clock;

	public Dates(@Value("${keywork.time-zone:Europe/London}") String zone, Clock clock) {
		this.zone = ZoneId.of(zone);
		this.clock = clock;
	}

	/** Formatters by locale, made once: a page formats dozens of dates. */
	private final ConcurrentMap<Locale, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();

	private final ConcurrentMap<Locale, DateTimeFormatter> dateTimeFormats = new ConcurrentHashMap<>();

	public String date(LocalDate date) {
		return date == null ? ""
				: this.dateFormats
					.computeIfAbsent(locale(),
							locale -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
					.format(date);
	}

	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(this.zone).toLocalDate());
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: this.dateTimeFormats
					.computeIfAbsent(locale(),
							locale -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
								.withLocale(locale)
								.withZone(this.zone))
					.format(instant);
	}

	/** Age in whole years today, or null when the date of birth is not known. */
	public Integer age(LocalDate dateOfBirth) {
		return dateOfBirth == null ? null
				: Period.between(dateOfBirth, LocalDate.now(this.clock.withZone(this.zone))).getYears();
	}

	/** Whether the date is before today. */
	public boolean isPast(LocalDate date) {
		return date != null && date.isBefore(today());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	public ZoneId zone() {
		return this.zone;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
