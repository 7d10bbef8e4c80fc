package org.keywork.benefits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.caseload.CaseloadItems;
import org.keywork.database.Batch;
import org.keywork.database.Later;

import org.springframework.stereotype.Component;

/**
 * A benefit's review or reassessment joins "due this week" on My caseload, the dashboard
 * and the callover: due on its review date, within {@value #DUE_WITHIN_DAYS} days or
 * overdue (never for a benefit that has stopped). One query for all the people.
 */
@Component
class BenefitReviewsDue implements CaseloadItems.DueByDate {

	static final int DUE_WITHIN_DAYS = 7;

	private final WelfareBenefits benefits;

	BenefitReviewsDue(WelfareBenefits benefits) {
		this.benefits = benefits;
	}

	@Override
	public int dueWithinDays() {
		return DUE_WITHIN_DAYS;
	}

	@Override
	public Later<Map<Long, List<CaseloadItem>>> dueBy(Collection<Long> personIds, LocalDate today, LocalDate horizon,
			Batch batch) {
		return batch.sql("""
				select service_user_id, benefit, other_name, review_on from welfare_benefit
				where service_user_id = any(:ids) and review_on is not null and review_on <= :horizon
				  and status <> 'STOPPED'
				order by review_on, id
				""").param("ids", personIds.toArray(Long[]::new)).param("horizon", horizon).query((rs, n) -> {
			long person = rs.getLong("service_user_id");
			String name = this.benefits.name(BenefitType.valueOf(rs.getString("benefit")), rs.getString("other_name"));
			return CaseloadItem.due(person, "benefits.due.review", List.of(name),
					rs.getObject("review_on", LocalDate.class), today, "/service-users/" + person + "/benefits");
		}).map(list -> {
			Map<Long, List<CaseloadItem>> items = new HashMap<>();
			list.forEach(item -> items.computeIfAbsent(item.personId(), id -> new ArrayList<>()).add(item));
			return items;
		});
	}

}
