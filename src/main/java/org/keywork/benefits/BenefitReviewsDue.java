package org.keywork.benefits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.caseload.CaseloadItems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A benefit's review or reassessment joins "due this week" on My caseload, the dashboard
 * and the callover: due on its review date, within {@value #DUE_WITHIN_DAYS} days or
 * overdue (never for a benefit that has stopped). One query for all the people.
 */
@Component
class BenefitReviewsDue implements CaseloadItems {

	static final int DUE_WITHIN_DAYS = 7;

	private final JdbcClient jdbc;

	private final WelfareBenefits benefits;

	BenefitReviewsDue(JdbcClient jdbc, WelfareBenefits benefits) {
		this.jdbc = jdbc;
		this.benefits = benefits;
	}

	@Override
	public Map<Long, List<CaseloadItem>> forPeople(Collection<Long> personIds, LocalDate today) {
		Map<Long, List<CaseloadItem>> items = new HashMap<>();
		if (personIds.isEmpty()) {
			return items;
		}
		this.jdbc.sql("""
				select service_user_id, benefit, other_name, review_on from welfare_benefit
				where service_user_id in (:ids) and review_on is not null and review_on <= :horizon
				  and status <> 'STOPPED'
				order by review_on, id
				""").param("ids", personIds).param("horizon", today.plusDays(DUE_WITHIN_DAYS)).query(rs -> {
			long person = rs.getLong("service_user_id");
			String name = this.benefits.name(BenefitType.valueOf(rs.getString("benefit")), rs.getString("other_name"));
			items.computeIfAbsent(person, id -> new ArrayList<>())
				.add(CaseloadItem.due(person, "benefits.due.review", List.of(name),
						rs.getObject("review_on", LocalDate.class), today, "/service-users/" + person + "/benefits"));
		});
		return items;
	}

}
