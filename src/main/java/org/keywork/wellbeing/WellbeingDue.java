package org.keywork.wellbeing;

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
 * Wellbeing readings that fall due, for My caseload, the dashboard and the callover (ADR
 * 012): each scale a person has been given falls due the team's
 * {@code outcome_interval_months} after their latest reading of it. Shown when due within
 * {@value #DUE_WITHIN_DAYS} days or overdue. One query for all the people asked about. A
 * person who has never completed a scale has nothing due here: which scale suits them is
 * their and their worker's choice.
 */
@Component
class WellbeingDue implements CaseloadItems {

	/** How far ahead a reading due is shown. */
	static final int DUE_WITHIN_DAYS = 14;

	/** When the next reading falls due after the latest one. */
	static LocalDate due(LocalDate latest, int intervalMonths) {
		return latest == null ? null : latest.plusMonths(intervalMonths);
	}

	@Override
	public Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(Map.of());
		}
		LocalDate horizon = today.plusDays(DUE_WITHIN_DAYS);
		return batch.sql("""
				select r.service_user_id, r.scale_code, max(r.taken_on) as latest, t.outcome_interval_months
				from wellbeing_reading r
				join service_user s on s.id = r.service_user_id
				join team t on t.id = s.team_id
				where r.service_user_id = any(:people)
				group by r.service_user_id, r.scale_code, t.outcome_interval_months
				order by r.service_user_id, r.scale_code
				""").param("people", personIds.toArray(Long[]::new)).query((rs, i) -> {
			long person = rs.getLong("service_user_id");
			LocalDate due = due(rs.getObject("latest", LocalDate.class), rs.getInt("outcome_interval_months"));
			return due.isAfter(horizon) ? null : CaseloadItem.due(person, "wellbeing.due",
					List.of(rs.getString("scale_code")), due, today, "/service-users/" + person + "/wellbeing");
		}).map(list -> {
			Map<Long, List<CaseloadItem>> items = new HashMap<>();
			list.forEach(item -> {
				if (item != null) {
					items.computeIfAbsent(item.personId(), p -> new ArrayList<>()).add(item);
				}
			});
			return items;
		});
	}

}
