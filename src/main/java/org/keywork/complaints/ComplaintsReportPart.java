package org.keywork.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keywork.housing.TenancyReportPart;
import org.keywork.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The complaints part of the tenancy sustainment report: complaints open now, those
 * received in each of the last six months (a chart), and the first response times (median
 * and average in hours, and how many met the target). Three queries whatever the number
 * of people; staff-only, so withheld complaints count.
 */
@Component
class ComplaintsReportPart implements TenancyReportPart {

	static final int MONTHS = 6;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	ComplaintsReportPart(JdbcClient jdbc, MessageSource messages, Dates dates, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<ReportTable> tables(Collection<Long> personIds, LocalDate today) {
		List<Long> people = personIds.isEmpty() ? List.of(-1L) : List.copyOf(personIds);
		Locale locale = LocaleContextHolder.getLocale();
		long open = this.jdbc
			.sql("select count(*) from complaint where service_user_id in (:people) and closed_at is null")
			.param("people", people)
			.query(Long.class)
			.single();
		ReportTable openTable = ReportTable.plain("complaints-open", msg("complaints.report.open.caption", locale),
				List.of(msg("complaints.report.what", locale), msg("complaints.report.count", locale)),
				List.of(List.of(msg("complaints.report.openNow", locale), String.valueOf(open))));

		YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1);
		Map<YearMonth, Long> byMonth = new HashMap<>();
		this.jdbc.sql("""
				select cast(extract(year from received_at at time zone :zone) as int) as y,
				       cast(extract(month from received_at at time zone :zone) as int) as m, count(*) as n
				from complaint
				where service_user_id in (:people) and received_at >= :since
				group by 1, 2
				""")
			.param("people", people)
			.param("zone", this.dates.zone().getId())
			.param("since", Timestamp.from(first.atDay(1).atStartOfDay(this.dates.zone()).toInstant()))
			.query(rs -> {
				byMonth.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"));
			});
		List<List<String>> rows = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		for (int i = 0; i < MONTHS; i++) {
			YearMonth month = first.plusMonths(i);
			long n = byMonth.getOrDefault(month, 0L);
			rows.add(List.of(month.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + month.getYear(),
					String.valueOf(n)));
			values.add(BigDecimal.valueOf(n));
		}
		ReportTable monthly = new ReportTable("complaints-received", msg("complaints.report.received.caption", locale),
				List.of(msg("complaints.report.month", locale), msg("complaints.report.received", locale)), rows, 1,
				values);

		Times times = this.jdbc
			.sql("""
					select count(*) as responded,
					       percentile_cont(0.5) within group (order by extract(epoch from first_response_at - received_at)) as median,
					       avg(extract(epoch from first_response_at - received_at)) as average,
					       count(*) filter (where first_response_at <= response_due_at) as met
					from complaint
					where service_user_id in (:people) and first_response_at is not null and received_at >= :since
					""")
			.param("people", people)
			.param("since", Timestamp.from(first.atDay(1).atStartOfDay(this.dates.zone()).toInstant()))
			.query((rs, i) -> new Times(rs.getLong("responded"), hours(rs.getObject("median")),
					hours(rs.getObject("average")), rs.getLong("met")))
			.single();
		long late = this.jdbc.sql("""
				select count(*) from complaint where service_user_id in (:people) and closed_at is null
				  and first_response_at is null and response_due_at < :now
				""")
			.param("people", people)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		String none = msg("complaints.report.none", locale);
		ReportTable response = ReportTable.plain("complaints-response",
				msg("complaints.report.response.caption", locale, MONTHS),
				List.of(msg("complaints.report.what", locale), msg("complaints.report.value", locale)),
				List.of(List.of(msg("complaints.report.responded", locale), String.valueOf(times.responded())),
						List.of(msg("complaints.report.median", locale),
								times.median() == null ? none : times.median().toPlainString()),
						List.of(msg("complaints.report.average", locale),
								times.average() == null ? none : times.average().toPlainString()),
						List.of(msg("complaints.report.met", locale), String.valueOf(times.met())),
						List.of(msg("complaints.report.overdueNow", locale), String.valueOf(late))));
		return List.of(openTable, monthly, response);
	}

	private static BigDecimal hours(Object seconds) {
		if (seconds == null) {
			return null;
		}
		return new BigDecimal(seconds.toString()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
	}

	private String msg(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	record Times(long responded, BigDecimal median, BigDecimal average, long met) {
	}

}
