package org.keywork.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keywork.caseload.CaseloadItems;
import org.keywork.database.Batch;
import org.keywork.database.Later;

import org.springframework.stereotype.Component;

/**
 * The next booked appointment of each person on My caseload, the dashboard and the
 * callover: due on its date. One query for all the people (staff see withheld ones too).
 */
@Component
class AppointmentsDue implements CaseloadItems {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	@Override
	public Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(Map.of());
		}
		return batch.sql("""
				select distinct on (service_user_id) service_user_id, starts_on, starts_at, place
				from appointment
				where service_user_id = any(:people) and status = 'BOOKED' and starts_on >= :today
				order by service_user_id, starts_on, starts_at, id
				""")
			.param("people", personIds.toArray(Long[]::new))
			.param("today", today)
			.query((rs, i) -> CaseloadItem.due(rs.getLong("service_user_id"), "appointments.caseloadItem",
					List.of(TIME.format(rs.getObject("starts_at", LocalTime.class)), rs.getString("place")),
					rs.getObject("starts_on", LocalDate.class), today,
					"/service-users/" + rs.getLong("service_user_id") + "/appointments"))
			.map(items -> items.stream().collect(Collectors.groupingBy(CaseloadItem::personId)));
	}

	/**
	 * Nothing: an appointment is due on its date and only appointments still to come are
	 * items, so none is ever overdue (and the dashboard need not read them).
	 */
	@Override
	public Later<Map<Long, List<CaseloadItem>>> overdueForPeople(Collection<Long> personIds, LocalDate today,
			Batch batch) {
		return Later.of(Map.of());
	}

}
