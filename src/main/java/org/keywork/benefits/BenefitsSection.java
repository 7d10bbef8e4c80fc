package org.keywork.benefits;

import java.util.List;
import java.util.Optional;

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
	public Optional<Content> content(KeyworkUser user, ServiceUser person) {
		if (!this.benefits.canSee(user, person)) {
			return Optional.empty();
		}
		return Optional.of(new Content("benefits/person-section", "benefits",
				new Data(this.benefits.list(user, person), this.benefits.seesWithheld(user, person))));
	}

	public record Data(List<Benefit> benefits, boolean showSharing) {
	}

}
