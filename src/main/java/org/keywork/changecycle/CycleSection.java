package org.keywork.changecycle;

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
 * The current stage of each issue the reader may see, on the person's page (one query).
 * Nothing for a reader who may not see outcomes (a peer whose link does not include the
 * Support Overview).
 */
@Component
@Order(30)
class CycleSection implements PersonPageSection {

	private final CycleOfChange cycle;

	CycleSection(CycleOfChange cycle) {
		this.cycle = cycle;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		boolean canRecord = this.cycle.canRecord(user, person);
		boolean showSharing = this.cycle.seesWithheld(user, person);
		return this.cycle.issues(user, person, batch).map(issues -> {
			if (issues.isEmpty() && !canRecord) {
				return Optional.empty();
			}
			return Optional.of(new Content("changecycle/person-section", "summary",
					new Data(issues.stream().filter(Issue::isOpen).toList(), canRecord, showSharing)));
		});
	}

	public record Data(List<Issue> issues, boolean canRecord, boolean showSharing) {
	}

}
