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
class WellbeingDue implements CaseloadItems.DueByDate {

	/** How far ahead a reading due is shown. */
	static final int DUE_WITHIN_DAYS = 14;

	/** When the next reading falls due after the latest one. */
	static LocalDate due(LocalDate latest, int intervalMonths) {
		return latest == null ? null : latest.plusMonths(intervalMonths);
	}

	@Override
	public int dueWithinDays() {
		return DUE_WITHIN_DAYS;
	}

	/**
	 * Each scale falls due the team's interval after its latest reading, worked out in
	 * SQL as {@link #due} does (adding months keeps to the end of a shorter month), so
	 * only the scales due by {@code horizon} are read.
	 */
	@Override
	public Later<Map<Long, List<CaseloadItem>>> dueBy(Collection<Long> personIds, LocalDate today, LocalDate horizon,
			Batch batch) {
		return batch.sql("""
				select service_user_id, scale_code, due from (
				  select r.service_user_id, r.scale_code,
				         cast(max(r.taken_on) + make_interval(months => t.outcome_interval_months) as date) as due
				  from wellbeing_reading r
				  join service_user s on s.id = r.service_user_id
				  join team t on t.id = s.team_id
				  where r.service_user_id = any(:people)
				  group by r.service_user_id, r.scale_code, t.outcome_interval_months
				) scales
				where due <= :horizon
				order by service_user_id, scale_code
				""").param("people", personIds.toArray(Long[]::new)).param("horizon", horizon).query((rs, i) -> {
			long person = rs.getLong("service_user_id");
			return CaseloadItem.due(person, "wellbeing.due", List.of(rs.getString("scale_code")),
					rs.getObject("due", LocalDate.class), today, "/service-users/" + person + "/wellbeing");
		}).map(list -> {
			Map<Long, List<CaseloadItem>> items = new HashMap<>();
			list.forEach(item -> items.computeIfAbsent(item.personId(), p -> new ArrayList<>()).add(item));
			return items;
		});
	}

}
