package org.keywork.callover;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The callover's open follow-ups about the person, on their page, for the team's staff
 * only (one query); nothing when there are none.
 */
@Component
@Order(9)
class FollowUpsSection implements PersonPageSection {

	private final FollowUps followUps;

	FollowUpsSection(FollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.followUps.canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		LocalDate today = this.today();
		return this.followUps.open(user, person, batch)
			.map(open -> open.isEmpty() ? Optional.empty()
					: Optional.of(new Content("callover/person-section", "followUps", new Data(open, today))));
	}

	private LocalDate today() {
		return this.followUps.today();
	}

	public record Data(List<Decision> followUps, LocalDate today) {
	}

}
