package org.keywork.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keywork.caseload.CaseloadItems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next booked appointment of each person on My caseload, the dashboard and the
 * callover: due on its date. One query for all the people (staff see withheld ones too).
 */
@Component
class AppointmentsDue implements CaseloadItems {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	AppointmentsDue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, List<CaseloadItem>> forPeople(Collection<Long> personIds, LocalDate today) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select distinct on (service_user_id) service_user_id, starts_on, starts_at, place
				from appointment
				where service_user_id in (:people) and status = 'BOOKED' and starts_on >= :today
				order by service_user_id, starts_on, starts_at, id
				""")
			.param("people", personIds)
			.param("today", today)
			.query((rs, i) -> CaseloadItem.due(rs.getLong("service_user_id"), "appointments.caseloadItem",
					List.of(TIME.format(rs.getObject("starts_at", LocalTime.class)), rs.getString("place")),
					rs.getObject("starts_on", LocalDate.class), today,
					"/service-users/" + rs.getLong("service_user_id") + "/appointments"))
			.list()
			.stream()
			.collect(Collectors.groupingBy(CaseloadItem::personId));
	}

}
