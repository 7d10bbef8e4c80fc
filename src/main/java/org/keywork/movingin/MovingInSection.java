package org.keywork.movingin;

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
 * "Moving in" on the person's page: how far the checklist has got and the next items due,
 * for staff of the team (one query); never for a peer.
 */
@Component
@Order(12)
class MovingInSection implements PersonPageSection {

	private final MovingInChecklists checklists;

	MovingInSection(MovingInChecklists checklists) {
		this.checklists = checklists;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.checklists.canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean canChange = this.checklists.canChange(user, person);
		return this.checklists.latest(user, person, batch).map(latest -> {
			Checklist checklist = latest.orElse(null);
			if (checklist == null && !canChange) {
				return Optional.empty();
			}
			return Optional.of(new Content("movingin/person-section", "movingIn",
					new Data(checklist, checklist == null ? List.of() : checklist.nextDue(3), canChange)));
		});
	}

	public record Data(Checklist checklist, List<Item> nextDue, boolean canChange) {
	}

}
