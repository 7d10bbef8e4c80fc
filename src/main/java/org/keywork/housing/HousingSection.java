package org.keywork.housing;

import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Where they live" on the person's page: the current episode (and the one before), for
 * staff of the team (one query).
 */
@Component
@Order(9)
class HousingSection implements PersonPageSection {

	private final AccommodationHistory history;

	HousingSection(AccommodationHistory history) {
		this.history = history;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.history.canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean canChange = this.history.canChange(user, person);
		boolean showSharing = this.history.seesWithheld(user, person);
		return this.history.history(user, person, batch).map(episodes -> {
			Episode current = episodes.stream().filter(Episode::isCurrent).findFirst().orElse(null);
			return Optional.of(new Content("housing/person-section", "home",
					new Data(current, episodes.size(), canChange, showSharing)));
		});
	}

	public record Data(Episode current, int episodes, boolean canChange, boolean showSharing) {
	}

}
