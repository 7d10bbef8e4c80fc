package org.keywork.appointments;

import java.util.List;

import org.keywork.caseload.CaseloadNotice;
import org.keywork.caseload.TeamNotice.Notice;
import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the keyworker's My caseload: one line per person they are keyworker for (in a team
 * they still work in) who asked to move an appointment nobody has dealt with or changed
 * yet. One query.
 */
@Component
@Order(20)
class MoveRequestNotices implements CaseloadNotice {

	@Override
	public Later<List<Notice>> notices(KeyworkUser worker, Batch batch) {
		if (worker.getRole() != Role.WORKER && worker.getRole() != Role.MANAGER) {
			return Later.of(List.of());
		}
		return batch.sql("""
				select s.id, coalesce(s.preferred_name, s.legal_name) as name, count(*) as open
				from appointment_move_request r
				join appointment p on p.id = r.appointment_id
				join service_user s on s.id = p.service_user_id
				join account_team t on t.team_id = s.team_id and t.account_id = :worker
				where r.dealt_with_at is null and p.status = 'BOOKED' and s.keyworker_id = :worker
				group by s.id, s.preferred_name, s.legal_name
				order by min(r.asked_at), s.id
				""")
			.param("worker", worker.getId())
			.query((rs, i) -> new Notice("appointments.caseloadNotice", rs.getLong("open"), rs.getString("name"),
					"/service-users/" + rs.getLong("id") + "/appointments"));
	}

}
