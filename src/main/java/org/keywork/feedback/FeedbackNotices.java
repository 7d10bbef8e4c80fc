package org.keywork.feedback;

import java.util.Optional;
import java.util.Set;

import org.keywork.caseload.TeamNotice;
import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.web.Dates;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What people in a manager's teams have asked or told the service, waiting on the team
 * dashboard.
 */
final class FeedbackNotices {

	/** Feedback given in this many days counts as recent. */
	static final int RECENT_FEEDBACK_DAYS = 30;

	private FeedbackNotices() {
	}

	/** Requests for a different keyworker that nobody has answered yet. */
	@Component
	@Order(10)
	static class OpenKeyworkerRequests implements TeamNotice {

		private final AccessPolicy policy;

		OpenKeyworkerRequests(AccessPolicy policy) {
			this.policy = policy;
		}

		@Override
		public Later<Optional<Notice>> notice(KeyworkUser manager, Batch batch) {
			Set<Long> teams = this.policy.teamIds(manager);
			if (teams.isEmpty()) {
				return Later.of(Optional.empty());
			}
			return batch.sql("select count(*) from keyworker_request where team_id = any(?) and status = 'OPEN'")
				.param(teams.toArray(Long[]::new))
				.column(Long.class)
				.map(rows -> {
					long open = rows.get(0);
					return open == 0 ? Optional.empty() : Optional
						.of(new Notice("team.notice.keyworkerRequests", open, "/team/keyworker-requests"));
				});
		}

	}

	/** Feedback people gave in the last {@link #RECENT_FEEDBACK_DAYS} days. */
	@Component
	@Order(20)
	static class RecentFeedback implements TeamNotice {

		private final AccessPolicy policy;

		private final Dates dates;

		RecentFeedback(AccessPolicy policy, Dates dates) {
			this.policy = policy;
			this.dates = dates;
		}

		@Override
		public Later<Optional<Notice>> notice(KeyworkUser manager, Batch batch) {
			Set<Long> teams = this.policy.teamIds(manager);
			if (teams.isEmpty()) {
				return Later.of(Optional.empty());
			}
			return batch.sql("select count(*) from feedback where team_id = any(?) and given_on >= ?")
				.params(teams.toArray(Long[]::new), this.dates.today().minusDays(RECENT_FEEDBACK_DAYS))
				.column(Long.class)
				.map(rows -> {
					long recent = rows.get(0);
					return recent == 0 ? Optional.empty() : Optional
						.of(new Notice("team.notice.feedback", recent, RECENT_FEEDBACK_DAYS, "/team/feedback"));
				});
		}

	}

}
