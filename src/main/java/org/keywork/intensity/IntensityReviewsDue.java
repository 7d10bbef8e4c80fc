package org.keywork.intensity;

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
 * A support level falls due a review its team's review interval after it was set (the
 * built-in interval of {@link Level} where the team has none): on My caseload, the
 * dashboard and the callover, within {@value #DUE_WITHIN_DAYS} days or overdue. People
 * whose level was never set have no review due (the team's standard applies). One query
 * for all the people.
 */
@Component
class IntensityReviewsDue implements CaseloadItems.DueByDate {

	static final int DUE_WITHIN_DAYS = 14;

	private static final String DUE_SQL = """
			select s.id, lv.level,
			       cast(cast(lv.changed_at at time zone :zone as date)
			            + coalesce(d.review_days, case lv.level when 'INTENSIVE' then :intensive when 'STANDARD' then :standard
			                                       when 'LIGHT' then :light else :movingOn end) as date) as due
			from service_user s
			join lateral (select c.level, c.changed_at from intensity_change c where c.service_user_id = s.id
			              order by c.changed_at desc, c.id desc limit 1) lv on true
			left join intensity_default d on d.team_id = s.team_id and d.level = lv.level
			where s.id = any(:ids) and s.status in ('ACTIVE', 'REFERRED')
			""";

	/**
	 * Only the reviews due by {@code :horizon}: the dashboard reads no more than it
	 * counts.
	 */
	private static final String DUE_BY_SQL = "select * from (" + DUE_SQL + ") due where due <= :horizon";

	private final Dates dates;

	IntensityReviewsDue(Dates dates) {
		this.dates = dates;
	}

	@Override
	public int dueWithinDays() {
		return DUE_WITHIN_DAYS;
	}

	@Override
	public Later<Map<Long, List<CaseloadItem>>> dueBy(Collection<Long> personIds, LocalDate today, LocalDate horizon,
			Batch batch) {
		return batch.sql(DUE_BY_SQL)
			.param("ids", personIds.toArray(Long[]::new))
			.param("horizon", horizon)
			.param("zone", this.dates.zone().getId())
			.param("intensive", Level.INTENSIVE.reviewDays())
			.param("standard", Level.STANDARD.reviewDays())
			.param("light", Level.LIGHT.reviewDays())
			.param("movingOn", Level.MOVING_ON.reviewDays())
			.query((rs, n) -> {
				long person = rs.getLong("id");
				return CaseloadItem.due(person, "intensity.due.review." + rs.getString("level"), List.of(),
						rs.getObject("due", LocalDate.class), today, "/service-users/" + person + "/intensity");
			})
			.map(list -> {
				Map<Long, List<CaseloadItem>> items = new HashMap<>();
				list.forEach(item -> items.computeIfAbsent(item.personId(), id -> new ArrayList<>()).add(item));
				return items;
			});
	}

}
