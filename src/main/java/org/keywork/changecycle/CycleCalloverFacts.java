package org.keywork.changecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.caseload.CaseloadItems;
import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.web.Dates;

import org.springframework.stereotype.Component;

/**
 * On the case callover, the current stage of each open issue of each person ("Drinking:
 * contemplation (since 3 October 2026)"): facts, never due. One query for everyone; the
 * callover is for the team's staff, who see withheld issues too.
 */
@Component
class CycleCalloverFacts implements CaseloadItems {

	private final Dates dates;

	CycleCalloverFacts(Dates dates) {
		this.dates = dates;
	}

	@Override
	public Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(Map.of());
		}
		return batch.sql("""
				select i.service_user_id, i.name, s.stage, s.stage_on
				from cycle_issue i
				join lateral (select stage, stage_on from cycle_stage where issue_id = i.id
				              order by stage_on desc, id desc limit 1) s on true
				where i.service_user_id = any(:people) and i.closed_at is null
				order by i.service_user_id, i.created_at, i.id
				""").param("people", personIds.toArray(Long[]::new)).query((rs, n) -> {
			long person = rs.getLong("service_user_id");
			return CaseloadItem.fact(person, "changecycle.callover." + rs.getString("stage"),
					List.of(rs.getString("name"), this.dates.date(rs.getObject("stage_on", LocalDate.class))),
					"/service-users/" + person + "/cycle-of-change");
		}).map(list -> {
			Map<Long, List<CaseloadItem>> items = new HashMap<>();
			list.forEach(item -> items.computeIfAbsent(item.personId(), id -> new ArrayList<>()).add(item));
			return items;
		});
	}

	/** Facts are never overdue: nothing to read for counting. */
	@Override
	public Later<Map<Long, List<CaseloadItem>>> overdueForPeople(Collection<Long> personIds, LocalDate today,
			Batch batch) {
		return Later.of(Map.of());
	}

}
