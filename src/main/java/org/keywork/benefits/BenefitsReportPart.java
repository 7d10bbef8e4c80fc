package org.keywork.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.keywork.housing.TenancyReportPart;
import org.keywork.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The benefits part of the tenancy report: claims pending (how many are still being
 * applied for, by benefit, and since when the oldest), and benefits by status (with a
 * chart). Two queries whatever the number of people.
 */
@Component
class BenefitsReportPart implements TenancyReportPart {

	private final JdbcClient jdbc;

	private final WelfareBenefits benefits;

	private final MessageSource messages;

	private final Dates dates;

	BenefitsReportPart(JdbcClient jdbc, WelfareBenefits benefits, MessageSource messages, Dates dates) {
		this.jdbc = jdbc;
		this.benefits = benefits;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<ReportTable> tables(Collection<Long> personIds, LocalDate today) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		List<List<String>> pending = new ArrayList<>();
		this.jdbc.sql("""
				select benefit, count(*) as claims, min(status_since) as oldest from welfare_benefit
				where service_user_id in (:ids) and status = 'APPLYING'
				group by benefit order by benefit
				""").param("ids", personIds).query(rs -> {
			pending.add(List.of(this.benefits.name(BenefitType.valueOf(rs.getString("benefit")), null),
					String.valueOf(rs.getLong("claims")), this.dates.date(rs.getObject("oldest", LocalDate.class))));
		});
		Map<BenefitStatus, Long> byStatus = new EnumMap<>(BenefitStatus.class);
		for (BenefitStatus status : BenefitStatus.values()) {
			byStatus.put(status, 0L);
		}
		this.jdbc.sql("""
				select status, count(*) as benefits from welfare_benefit where service_user_id in (:ids) group by status
				""").param("ids", personIds).query(rs -> {
			byStatus.put(BenefitStatus.valueOf(rs.getString("status")), rs.getLong("benefits"));
		});
		List<List<String>> statusRows = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		byStatus.forEach((status, count) -> {
			statusRows.add(List.of(text("benefits.status." + status), String.valueOf(count)));
			values.add(BigDecimal.valueOf(count));
		});
		return List.of(
				ReportTable.plain("benefits-pending", text("benefits.report.pending"),
						List.of(text("benefits.report.benefit"), text("benefits.report.claims"),
								text("benefits.report.oldest")),
						pending),
				new ReportTable("benefits-by-status", text("benefits.report.byStatus"),
						List.of(text("benefits.report.status"), text("benefits.report.count")), statusRows, 1, values));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
