package org.keywork.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.caseload.CaseloadItems;
import org.keywork.database.Batch;
import org.keywork.database.Later;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Star readings that fall due (ADR 012): for each active or referred person, the default
 * measure and each measure in use they have readings of falls due the team's
 * {@code outcome_interval_months} after their latest reading of it, or after their
 * support started when there is none (when they were added, if no start is known). Items
 * due within {@value #DUE_WITHIN_DAYS} days or overdue; one query for all the people.
 * Staff see withheld readings, so every reading counts. The due dates are
 * {@code materialized}: each is worked out once, not a second time for the filter.
 */
@Component
class StarReadingsDue implements CaseloadItems.DueByDate {

	static final int DUE_WITHIN_DAYS = 14;

	static final String DUE_SQL = """
			with people as (
			  select s.id, coalesce(s.support_start, cast(s.created_at as date)) as started,
			         t.outcome_interval_months as months
			  from service_user s join team t on t.id = s.team_id
			  where s.id = any(:ids) and s.status in ('ACTIVE', 'REFERRED')
			), measures as (
			  select p.id as person_id, m.id as measure_id from people p join star_measure m on m.is_default and m.active
			  union
			  select r.service_user_id, r.measure_id from star_reading r
			  join star_measure m on m.id = r.measure_id and m.active
			  where r.service_user_id in (select id from people)
			), due as materialized (
			  select pm.person_id, pm.measure_id, m.name,
			         cast(coalesce((select max(r.taken_on) from star_reading r
			            where r.service_user_id = pm.person_id and r.measure_id = pm.measure_id), p.started)
			            + make_interval(months => p.months) as date) as due
			  from measures pm join people p on p.id = pm.person_id join star_measure m on m.id = pm.measure_id
			)
			select person_id, measure_id, name, due from due where due <= :horizon order by due, person_id
			""";

	private final JdbcClient jdbc;

	StarReadingsDue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int dueWithinDays() {
		return DUE_WITHIN_DAYS;
	}

	@Override
	public Later<Map<Long, List<CaseloadItem>>> dueBy(Collection<Long> personIds, LocalDate today, LocalDate horizon,
			Batch batch) {
		return batch.sql(DUE_SQL)
			.param("ids", personIds.toArray(Long[]::new))
			.param("horizon", horizon)
			.query((rs, n) -> {
				long person = rs.getLong("person_id");
				return CaseloadItem.due(person, "outcomes.due.star", List.of(rs.getString("name")),
						rs.getObject("due", LocalDate.class), today,
						"/service-users/" + person + "/outcomes?measure=" + rs.getLong("measure_id"));
			})
			.map(list -> {
				Map<Long, List<CaseloadItem>> items = new HashMap<>();
				list.forEach(item -> items.computeIfAbsent(item.personId(), id -> new ArrayList<>()).add(item));
				return items;
			});
	}

	/**
	 * When each measure falls due for one person (whatever the date), by measure id, read
	 * with the rest of the batch.
	 */
	static Later<Map<Long, LocalDate>> dueDates(Long personId, Batch batch) {
		return batch.sql(DUE_SQL)
			.param("ids", new Long[] { personId })
			.param("horizon", LocalDate.of(9999, 1, 1))
			.query((rs, n) -> Map.entry(rs.getLong("measure_id"), rs.getObject("due", LocalDate.class)))
			.map(rows -> {
				Map<Long, LocalDate> due = new HashMap<>();
				rows.forEach(row -> due.put(row.getKey(), row.getValue()));
				return due;
			});
	}

}
