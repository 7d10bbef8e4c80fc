package org.keywork.benefits;

import java.util.List;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Benefits" on the person's page, for staff of the team (one query). */
@Component
@Order(10)
class BenefitsSection implements PersonPageSection {

	private final WelfareBenefits benefits;

	BenefitsSection(WelfareBenefits benefits) {
		this.benefits = benefits;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.benefits.canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean showSharing = this.benefits.seesWithheld(user, person);
		return this.benefits.list(user, person, batch)
			.map(list -> Optional.of(new Content("benefits/person-section", "benefits", new Data(list, showSharing))));
	}

	public record Data(List<Benefit> benefits, boolean showSharing) {
	}

}
