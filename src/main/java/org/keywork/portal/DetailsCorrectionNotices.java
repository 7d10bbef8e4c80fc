package org.keywork.portal;

import java.util.List;

import org.keywork.caseload.CaseloadNotice;
import org.keywork.caseload.TeamNotice.Notice;
import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.security.AccessPolicy;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Where what a person told us is wrong in their details reaches staff: My caseload and
 * the person's page.
 */
final class DetailsCorrectionNotices {

	private DetailsCorrectionNotices() {
	}

	/**
	 * On the keyworker's My caseload: one line per person they are keyworker for (in a
	 * team they still work in) who told us something is wrong and nobody has dealt with
	 * it yet. One query.
	 */
	@Component
	@Order(10)
	static class OnTheCaseload implements CaseloadNotice {

		@Override
		public Later<List<Notice>> notices(KeyworkUser worker, Batch batch) {
			if (worker.getRole() != Role.WORKER && worker.getRole() != Role.MANAGER) {
				return Later.of(List.of());
			}
			return batch.sql("""
					select s.id, coalesce(s.preferred_name, s.legal_name) as name, count(*) as open
					from details_correction c
					join service_user s on s.id = c.service_user_id
					join account_team t on t.team_id = s.team_id and t.account_id = :worker
					where c.dealt_with_at is null and s.keyworker_id = :worker
					group by s.id, s.preferred_name, s.legal_name
					order by min(c.created_at), s.id
					""")
				.param("worker", worker.getId())
				.query((rs, i) -> new Notice("detailsCorrection.caseloadNotice", rs.getLong("open"),
						rs.getString("name"), "/service-users/" + rs.getLong("id") + "#details-corrections"));
		}

	}

	/**
	 * On the person's page, for the staff who may change the record
	 * ({@link AccessPolicy#canEdit}): what the person told us is wrong, each with "Mark
	 * as dealt with". Nothing for anyone else, nothing when all is dealt with.
	 */
	@Component
	@Order(4)
	static class OnThePersonsPage implements PersonPageSection {

		private final DetailsCorrections corrections;

		private final AccessPolicy policy;

		OnThePersonsPage(DetailsCorrections corrections, AccessPolicy policy) {
			this.corrections = corrections;
			this.policy = policy;
		}

		@Override
		public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
			if (!this.policy.canEdit(user, person)) {
				return Later.of(Optional.empty());
			}
			return this.corrections.open(person.getId(), batch)
				.map(open -> open.isEmpty() ? Optional.empty()
						: Optional.of(new Content("portal/person-section", "corrections", open)));
		}

	}

}
