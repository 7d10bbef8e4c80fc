package org.keywork.housing;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The housing part of the tenancy report: where the team's people live now (the form of
 * their current episode), and of their tenancies how many were sustained at 6 and 12
 * months (two queries whatever the number of people).
 */
@Component
class AccommodationReportPart implements TenancyReportPart {

	static final int[] MILESTONES = { 6, 12 };

	private final JdbcClient jdbc;

	private final MessageSource messages;

	AccommodationReportPart(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<ReportTable> tables(Collection<Long> personIds, LocalDate today) {
		return List.of(accommodationNow(personIds), sustained(personIds, today));
	}

	private ReportTable accommodationNow(Collection<Long> personIds) {
		Map<AccommodationKind, Integer> counts = new EnumMap<>(AccommodationKind.class);
		if (!personIds.isEmpty()) {
			this.jdbc.sql("""
					select e.form, count(distinct e.service_user_id)
					from accommodation_episode e
					where e.service_user_id in (:people) and e.ended_on is null
					group by e.form
					""")
				.param("people", List.copyOf(personIds))
				.query((rs, n) -> Map.entry(AccommodationKind.valueOf(rs.getString(1)), rs.getInt(2)))
				.list()
				.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		}
		List<List<String>> rows = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		int recorded = 0;
		for (AccommodationKind kind : AccommodationKind.values()) {
			int count = counts.getOrDefault(kind, 0);
			recorded += count;
			rows.add(List.of(msg("housing.kind." + kind.name()), String.valueOf(count)));
			values.add(BigDecimal.valueOf(count));
		}
		int unknown = Math.max(0, personIds.size() - recorded);
		rows.add(List.of(msg("housing.report.now.unknown"), String.valueOf(unknown)));
		values.add(BigDecimal.valueOf(unknown));
		return new ReportTable("accommodation-now", msg("housing.report.now.caption"),
				List.of(msg("housing.report.now.form"), msg("housing.report.now.people")), rows, 1, values);
	}

	private ReportTable sustained(Collection<Long> personIds, LocalDate today) {
		List<LocalDate[]> tenancies = personIds.isEmpty() ? List.of()
				: this.jdbc.sql("""
						select t.started_on, e.ended_on
						from tenancy t
						join accommodation_episode e on e.id = t.episode_id
						where e.service_user_id in (:people) and e.form in """ + Tenancy.TENANCY_FORMS_SQL + """
						""")
					.param("people", List.copyOf(personIds))
					.query((rs, n) -> new LocalDate[] { rs.getDate(1).toLocalDate(), toDate(rs.getDate(2)) })
					.list();
		List<List<String>> rows = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		for (int months : MILESTONES) {
			int reached = 0;
			int sustained = 0;
			for (LocalDate[] tenancy : tenancies) {
				Sustained s = Sustained.of(months, tenancy[0], tenancy[1], today);
				if (s.state() != Sustained.State.DUE) {
					reached++;
					if (s.state() == Sustained.State.SUSTAINED) {
						sustained++;
					}
				}
			}
			int rate = reached == 0 ? 0 : Math.round(100f * sustained / reached);
			rows.add(List.of(msg("housing.report.sustained.milestone", months), String.valueOf(reached),
					String.valueOf(sustained), String.valueOf(reached - sustained), String.valueOf(rate)));
			values.add(BigDecimal.valueOf(rate));
		}
		return new ReportTable("tenancies-sustained", msg("housing.report.sustained.caption"),
				List.of(msg("housing.report.sustained.milestone.heading"), msg("housing.report.sustained.reached"),
						msg("housing.report.sustained.sustained"), msg("housing.report.sustained.not"),
						msg("housing.report.sustained.rate")),
				rows, 4, values);
	}

	private static LocalDate toDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private String msg(String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(code, args, locale);
	}

}
