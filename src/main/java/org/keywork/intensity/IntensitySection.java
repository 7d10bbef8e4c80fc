package org.keywork.intensity;

import java.util.Optional;

import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The person's support level and contact target on their page, and a crisis step-up in
 * force with its end date (two queries). Staff only: nothing for peers or the person.
 */
@Component
@Order(6)
class IntensitySection implements PersonPageSection {

	private final Intensity intensity;

	IntensitySection(Intensity intensity) {
		this.intensity = intensity;
	}

	@Override
	public Optional<Content> content(KeyworkUser user, ServiceUser person) {
		if (!this.intensity.readsIntensity(user, person)) {
			return Optional.empty();
		}
		return Optional.of(new Content("intensity/person-section", "summary",
				new Data(this.intensity.current(person), this.intensity.canChange(user, person))));
	}

	public record Data(Intensity.Current current, boolean canChange) {
	}

}
