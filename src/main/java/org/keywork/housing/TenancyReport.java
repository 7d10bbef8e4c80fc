package org.keywork.housing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keywork.housing.TenancyReportPart.ReportTable;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.web.Dates;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The managers' tenancy sustainment report: every {@link TenancyReportPart} for the open
 * people (active or referred) of the teams the manager works in. Only counts and sums,
 * never a name.
 */
@Service
class TenancyReport {

	/** The chart's drawing area, in SVG user units (the SVG scales to the page). */
	static final int CHART_WIDTH = 640;

	static final int LABEL_WIDTH = 250;

	static final int BAR_HEIGHT = 22;

	static final int BAR_GAP = 10;

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Dates dates;

	private final List<TenancyReportPart> parts;

	TenancyReport(JdbcClient jdbc, AccessPolicy policy, Dates dates, ObjectProvider<TenancyReportPart> parts) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.dates = dates;
		this.parts = parts.orderedStream().sorted(java.util.Comparator.comparingInt(TenancyReportPart::order)).toList();
	}

	LocalDate today() {
		return this.dates.today();
	}

	/** Every table of the report, each with its chart, for the manager's teams. */
	Report report(KeyworkUser user) {
		List<Long> people = people(user);
		LocalDate today = today();
		List<Shown> tables = new ArrayList<>();
		for (TenancyReportPart part : this.parts) {
			part.tables(people, today).forEach(table -> tables.add(Shown.of(table)));
		}
		return new Report(today, people.size(), tables);
	}

	/** One table of the report, for its CSV. */
	Optional<ReportTable> table(KeyworkUser user, String id) {
		List<Long> people = people(user);
		LocalDate today = today();
		return this.parts.stream()
			.flatMap(part -> part.tables(people, today).stream())
			.filter(table -> table.id().equals(id))
			.findFirst();
	}

	private List<Long> people(KeyworkUser user) {
		Set<Long> teams = this.policy.teamIds(user);
		if (teams.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select id from service_user where team_id in (:teams) and status in ('ACTIVE', 'REFERRED')")
			.param("teams", List.copyOf(teams))
			.query(Long.class)
			.list();
	}

	/** The report as of {@code today} over {@code people} open people. */
	record Report(LocalDate today, int people, List<Shown> tables) {
	}

	/** A table with its bars (none when it has no chart) and the chart's height. */
	record Shown(ReportTable table, List<Bar> bars, int height) {

		static Shown of(ReportTable table) {
			if (!table.hasChart()) {
				return new Shown(table, List.of(), 0);
			}
			BigDecimal max = table.values().stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::max);
			int plot = CHART_WIDTH - LABEL_WIDTH - 80;
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < table.rows().size() && i < table.values().size(); i++) {
				BigDecimal value = table.values().get(i) == null ? BigDecimal.ZERO : table.values().get(i);
				int length = max.signum() <= 0 ? 0
						: value.max(BigDecimal.ZERO)
							.multiply(BigDecimal.valueOf(plot))
							.divide(max, 0, RoundingMode.HALF_UP)
							.intValue();
				List<String> row = table.rows().get(i);
				bars.add(new Bar(row.get(0), row.get(table.chartColumn()), BAR_GAP + i * (BAR_HEIGHT + BAR_GAP),
						length));
			}
			return new Shown(table, bars, BAR_GAP + bars.size() * (BAR_HEIGHT + BAR_GAP));
		}

		public int labelWidth() {
			return LABEL_WIDTH;
		}

		public int width() {
			return CHART_WIDTH;
		}

		public int barHeight() {
			return BAR_HEIGHT;
		}

	}

	/**
	 * One bar: its label, the value as shown in the table, where it stands and how long
	 * it is.
	 */
	record Bar(String label, String value, int y, int length) {
	}

}
