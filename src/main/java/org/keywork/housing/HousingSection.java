package org.keywork.housing;

import java.util.List;
import java.util.Optional;

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
	public Optional<Content> content(KeyworkUser user, ServiceUser person) {
		if (!this.history.canSee(user, person)) {
			return Optional.empty();
		}
		List<Episode> episodes = this.history.history(user, person);
		Episode current = episodes.stream().filter(Episode::isCurrent).findFirst().orElse(null);
		return Optional.of(new Content("housing/person-section", "home", new Data(current, episodes.size(),
				this.history.canChange(user, person), this.history.seesWithheld(user, person))));
	}

	public record Data(Episode current, int episodes, boolean canChange, boolean showSharing) {
	}

}
