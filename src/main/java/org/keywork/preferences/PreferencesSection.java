package org.keywork.preferences;

import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "How {name} likes to be supported" on the person's page, right after the next
 * appointments (order 7), so it is read before a visit: one query. Nothing for a reader
 * who may not see the preferences; "not recorded yet" with a link for staff who may
 * record them.
 */
@Component
@Order(8)
class PreferencesSection implements PersonPageSection {

	private final Preferences preferences;

	PreferencesSection(Preferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.preferences.canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean canChange = this.preferences.canChange(user, person);
		return this.preferences.of(user, person, batch)
			.map(prefs -> Optional
				.of(new Content("preferences/person-section", "section", new Data(prefs.orElse(null), canChange))));
	}

	/**
	 * @param prefs the preferences, or null when none are recorded
	 */
	public record Data(EngagementPreference prefs, boolean canChange) {
	}

}
