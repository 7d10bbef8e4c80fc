package org.keywork.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A part of the managers' tenancy sustainment report ({@code /team/tenancy-report}): the
 * forms of accommodation now and tenancies sustained (housing), arrears (the rent
 * account), benefits pending (welfare benefits), complaints open and response times
 * (complaints). Capabilities declare beans of this type, so the report depends on none of
 * them. Each part answers for a set of people in a bounded number of queries (never one
 * per person); the report shows each table with its chart and offers it as CSV.
 */
public interface TenancyReportPart {

	/** Where the part stands on the report: lower first. */
	int order();

	/**
	 * The part's tables for these people (the team's people the reader may see) as of
	 * {@code today}. Text is already resolved for the reader's locale.
	 */
	List<ReportTable> tables(Collection<Long> personIds, LocalDate today);

	/**
	 * One table of the report. {@code id} is unique across the report and safe in a URL
	 * ({@code [a-z0-9-]+}): the CSV is {@code /team/tenancy-report/{id}.csv}.
	 * {@code headings} name the columns, each row has one cell per heading. When
	 * {@code chartColumn} is not negative, the report draws a bar chart of that column's
	 * numbers (from {@code values}, one per row, same order) labelled by the first
	 * column; the table itself is the chart's accessible text.
	 */
	record ReportTable(String id, String caption, List<String> headings, List<List<String>> rows, int chartColumn,
			List<BigDecimal> values) {

		public ReportTable {
			headings = List.copyOf(headings);
			rows = rows.stream().map(List::copyOf).toList();
			values = values == null ? List.of() : List.copyOf(values);
		}

		/** A table with no chart. */
		public static ReportTable plain(String id, String caption, List<String> headings, List<List<String>> rows) {
			return new ReportTable(id, caption, headings, rows, -1, List.of());
		}

		public boolean hasChart() {
			return this.chartColumn >= 0 && !this.values.isEmpty();
		}

	}

}
