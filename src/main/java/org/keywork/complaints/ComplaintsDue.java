package org.keywork.complaints;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keywork.caseload.CaseloadItems;
import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.web.Dates;

import org.springframework.stereotype.Component;

/**
 * The response clock on My caseload, the dashboard and the callover: each open complaint
 * without a first response is due at its target, overdue once that time has passed (on
 * the application clock, to the minute, not only the day). One query for all the people;
 * staff see withheld complaints too.
 */
@Component
class ComplaintsDue implements CaseloadItems {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Clock clock;

	private final Dates dates;

	ComplaintsDue(Clock clock, Dates dates) {
		this.clock = clock;
		this.dates = dates;
	}

	@Override
	public Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(Map.of());
		}
		return batch.sql("""
				select id, service_user_id, response_due_at, response_due_at < :now as overdue from complaint
				where service_user_id = any(:people) and closed_at is null and first_response_at is null
				order by service_user_id, response_due_at, id
				""")
			.param("people", personIds.toArray(Long[]::new))
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, i) -> {
				long person = rs.getLong("service_user_id");
				LocalDateTime due = LocalDateTime.ofInstant(rs.getTimestamp("response_due_at").toInstant(),
						this.dates.zone());
				boolean overdue = rs.getBoolean("overdue");
				return new CaseloadItem(person,
						overdue ? "complaints.caseloadItem.overdue" : "complaints.caseloadItem.due",
						List.of(TIME.format(due)), due.toLocalDate(), overdue,
						"/service-users/" + person + "/complaints/" + rs.getLong("id"));
			})
			.map(items -> items.stream().collect(Collectors.groupingBy(CaseloadItem::personId)));
	}

}
