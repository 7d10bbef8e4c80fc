package org.keywork.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.keywork.housing.CurrentRent;
import org.keywork.housing.Money;
import org.keywork.housing.TenancyReportPart;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rent part of the tenancy report: how many people are in arrears now, by how many
 * weeks of rent, with the arrears of each band; and the team's total arrears at the end
 * of each of the last six months (this month so far). Counts and money only, no names.
 * Three queries: the rents, the balances now, the balances at the month ends.
 */
@Component
class RentReportPart implements TenancyReportPart {

	/** The bands' lower bounds in weeks of rent (the first band: under one week). */
	private static final List<String> BANDS = List.of("none", "underOne", "oneToTwo", "twoToFour", "fourOrMore",
			"noRent");

	private final JdbcClient jdbc;

	private final CurrentRent rents;

	private final MessageSource messages;

	private final Money money;

	RentReportPart(JdbcClient jdbc, CurrentRent rents, MessageSource messages, Money money) {
		this.jdbc = jdbc;
		this.rents = rents;
		this.messages = messages;
		this.money = money;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<ReportTable> tables(Collection<Long> personIds, LocalDate today) {
		List<Long> people = List.copyOf(personIds);
		return List.of(arrearsNow(people, today), byMonth(people, today));
	}

	private ReportTable arrearsNow(List<Long> people, LocalDate today) {
		Map<Long, BigDecimal> balances = new HashMap<>();
		if (!people.isEmpty()) {
			this.jdbc
				.sql("select e.service_user_id, sum(" + RentAccount.SIGNED + ") from rent_entry e"
						+ " where e.service_user_id in (:people) and e.entry_date <= :today group by e.service_user_id")
				.param("people", people)
				.param("today", today)
				.query(rs -> {
					balances.put(rs.getLong(1), rs.getBigDecimal(2));
				});
		}
		Map<Long, CurrentRent.Rent> rents = this.rents.forPeople(people);
		Map<String, Integer> counts = new HashMap<>();
		Map<String, BigDecimal> totals = new HashMap<>();
		for (Long person : people) {
			BigDecimal balance = balances.get(person);
			CurrentRent.Rent rent = rents.get(person);
			if (balance == null && rent == null) {
				continue;
			}
			BigDecimal arrears = balance == null || balance.signum() <= 0 ? BigDecimal.ZERO : balance;
			String band = band(arrears, rent == null ? null : rent.weekly());
			counts.merge(band, 1, Integer::sum);
			totals.merge(band, arrears, BigDecimal::add);
		}
		List<List<String>> rows = new ArrayList<>();
		for (String band : BANDS) {
			rows.add(List.of(text("rent.report.band." + band), String.valueOf(counts.getOrDefault(band, 0)),
					this.money.format(totals.getOrDefault(band, BigDecimal.ZERO))));
		}
		rows.add(List.of(text("rent.report.band.all"),
				String.valueOf(counts.values().stream().mapToInt(Integer::intValue).sum()),
				this.money.format(totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))));
		return ReportTable.plain("rent-arrears-now", text("rent.report.now.caption"),
				List.of(text("rent.report.now.band"), text("rent.report.now.people"), text("rent.report.now.arrears")),
				rows);
	}

	private static String band(BigDecimal arrears, BigDecimal weekly) {
		if (arrears.signum() == 0) {
			return "none";
		}
		BigDecimal weeks = Balance.weeks(arrears, weekly);
		if (weeks == null) {
			return "noRent";
		}
		if (weeks.compareTo(BigDecimal.ONE) < 0) {
			return "underOne";
		}
		if (weeks.compareTo(BigDecimal.valueOf(2)) < 0) {
			return "oneToTwo";
		}
		return weeks.compareTo(BigDecimal.valueOf(4)) < 0 ? "twoToFour" : "fourOrMore";
	}

	private ReportTable byMonth(List<Long> people, LocalDate today) {
		List<LocalDate> ends = new ArrayList<>();
		YearMonth month = YearMonth.from(today);
		for (int i = 5; i >= 0; i--) {
			LocalDate end = month.minusMonths(i).atEndOfMonth();
			ends.add(end.isAfter(today) ? today : end);
		}
		Map<LocalDate, BigDecimal> totals = new HashMap<>();
		if (!people.isEmpty()) {
			this.jdbc.sql("""
					select m.d, coalesce(sum(greatest(x.bal, 0)), 0)
					from unnest(cast(string_to_array(:ends, ',') as date[])) as m(d)
					left join lateral (
					  select e.service_user_id, sum(%s) as bal from rent_entry e
					  where e.service_user_id in (:people) and e.entry_date <= m.d group by e.service_user_id
					) x on true
					group by m.d
					""".formatted(RentAccount.SIGNED))
				.param("ends", ends.stream().map(LocalDate::toString).collect(Collectors.joining(",")))
				.param("people", people)
				.query(rs -> {
					totals.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
				});
		}
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter label = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
		List<List<String>> rows = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		for (LocalDate end : ends) {
			BigDecimal total = totals.getOrDefault(end, BigDecimal.ZERO);
			String name = end.equals(today) && !end.equals(YearMonth.from(end).atEndOfMonth())
					? text("rent.report.month.soFar", label.format(end)) : label.format(end);
			rows.add(List.of(name, this.money.format(total)));
			values.add(total);
		}
		return new ReportTable("rent-arrears-by-month", text("rent.report.months.caption"),
				List.of(text("rent.report.months.month"), text("rent.report.months.arrears")), rows, 1, values);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
