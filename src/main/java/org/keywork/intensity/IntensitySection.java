package org.keywork.intensity;

import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The person's support level and contact target on their page, and a crisis step-up in
 * force with its end date (two queries, sent with the rest of the page's). Staff only:
 * nothing for peers or the person.
 */
@Component
@Order(6)
class IntensitySection implements PersonPageSection {

	private final Intensity intensity;

	IntensitySection(Intensity intensity) {
		this.intensity = intensity;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.intensity.readsIntensity(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean canChange = this.intensity.canChange(user, person);
		return this.intensity.current(person, batch)
			.map(current -> Optional
				.of(new Content("intensity/person-section", "summary", new Data(current, canChange))));
	}

	public record Data(Intensity.Current current, boolean canChange) {
	}

}
