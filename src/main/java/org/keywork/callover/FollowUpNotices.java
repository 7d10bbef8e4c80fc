package org.keywork.callover;

import java.time.LocalDate;
import java.util.List;

import org.keywork.caseload.CaseloadNotice;
import org.keywork.caseload.TeamNotice.Notice;
import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.web.Dates;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On My caseload of a member of staff the callover asked to follow something up about a
 * person they are not keyworker for (in a team they work in): one line per follow-up
 * until done, with its date and whether it is overdue. (Follow-ups given to the keyworker
 * are on the person's row: {@link FollowUpsDue}.) One query.
 */
@Component
@Order(30)
class FollowUpNotices implements CaseloadNotice {

	static final int SHORT = 80;

	private final Dates dates;

	FollowUpNotices(Dates dates) {
		this.dates = dates;
	}

	@Override
	public Later<List<Notice>> notices(KeyworkUser worker, Batch batch) {
		if (worker.getRole() != Role.WORKER && worker.getRole() != Role.MANAGER) {
			return Later.of(List.of());
		}
		LocalDate today = this.dates.today();
		return batch.sql("""
				select d.id, d.service_user_id, d.follow_up_due, coalesce(d.agreed, d.discussed) as what,
				  coalesce(nullif(trim(s.preferred_name), ''), s.legal_name) as name
				from callover_decision d
				join service_user s on s.id = d.service_user_id
				join account_team t on t.team_id = s.team_id and t.account_id = :worker
				where d.follow_up_by = :worker and d.done_at is null and s.keyworker_id is distinct from :worker
				order by d.follow_up_due, d.id
				""").param("worker", worker.getId()).query((rs, i) -> {
			LocalDate due = rs.getObject("follow_up_due", LocalDate.class);
			String key = due.isBefore(today) ? "callover.followUp.noticeOverdue" : "callover.followUp.notice";
			Object detail = new DefaultMessageSourceResolvable(new String[] { key },
					new Object[] { rs.getString("name"), this.dates.date(due), shortened(rs.getString("what")) });
			return new Notice("callover.followUp.noticeLine", 1, detail,
					href(rs.getLong("service_user_id"), rs.getLong("id")));
		});
	}

	static String href(long personId, long decisionId) {
		return "/service-users/" + personId + "/callover-follow-ups/" + decisionId + "?from=caseload";
	}

	static String shortened(String text) {
		return text.length() <= SHORT ? text : text.substring(0, SHORT - 1).strip() + "…";
	}

}
