package org.keywork.movingin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keywork.caseload.CaseloadItems;
import org.keywork.database.Batch;
import org.keywork.database.Later;

import org.springframework.stereotype.Component;

/**
 * Items of a moving-in checklist whose by-when has passed and that are not done, on the
 * person's row (My caseload, the dashboard, the callover), due on their by-when. One
 * query for all the people.
 */
@Component
class OverdueMovingInItems implements CaseloadItems {

	@Override
	public Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(Map.of());
		}
		return batch.sql("""
				select i.id, i.service_user_id, i.label, i.due_on from moving_in_item i
				where i.service_user_id = any(:people) and i.done_on is null and i.due_on < :today
				order by i.due_on, i.position, i.id
				""")
			.param("people", personIds.toArray(Long[]::new))
			.param("today", today)
			.query((rs, n) -> CaseloadItem.due(rs.getLong("service_user_id"), "movingin.caseload.item",
					List.of(rs.getString("label")), rs.getObject("due_on", LocalDate.class), today,
					"/service-users/" + rs.getLong("service_user_id") + "/moving-in#item-" + rs.getLong("id")))
			.map(items -> items.stream().collect(Collectors.groupingBy(CaseloadItem::personId)));
	}

}
