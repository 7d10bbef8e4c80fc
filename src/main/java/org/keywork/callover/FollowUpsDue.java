package org.keywork.callover;

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
 * Follow-ups from the callover that were given to the person's keyworker, on the person's
 * row (My caseload, the dashboard's counts, the callover) until done: due on their date,
 * overdue after it. A follow-up given to someone else reaches them through
 * {@link FollowUpNotices} instead, so each shows on the caseload of the one asked, and
 * only there. One query for all the people.
 */
@Component
class FollowUpsDue implements CaseloadItems {

	@Override
	public Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(Map.of());
		}
		return batch.sql("""
				select d.id, d.service_user_id, d.follow_up_due, coalesce(d.agreed, d.discussed) as what
				from callover_decision d join service_user s on s.id = d.service_user_id
				where d.service_user_id = any(:people) and d.done_at is null and d.follow_up_by = s.keyworker_id
				order by d.follow_up_due, d.id
				""")
			.param("people", personIds.toArray(Long[]::new))
			.query((rs, i) -> CaseloadItem.due(rs.getLong("service_user_id"), "callover.followUp.item",
					List.of(FollowUpNotices.shortened(rs.getString("what"))),
					rs.getObject("follow_up_due", LocalDate.class), today,
					FollowUpNotices.href(rs.getLong("service_user_id"), rs.getLong("id"))))
			.map(items -> items.stream().collect(Collectors.groupingBy(CaseloadItem::personId)));
	}

}
