package org.keywork.complaints;

import java.util.List;
import java.util.Optional;

import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Complaints and incidents" on the person's page: the open ones with their response due
 * or overdue, for staff of the team (one query); never for peers.
 */
@Component
@Order(10)
class ComplaintsSection implements PersonPageSection {

	private final Complaints complaints;

	ComplaintsSection(Complaints complaints) {
		this.complaints = complaints;
	}

	@Override
	public Optional<Content> content(KeyworkUser user, ServiceUser person) {
		if (!this.complaints.canSee(user, person)) {
			return Optional.empty();
		}
		return Optional
			.of(new Content("complaints/person-section", "complaints", new Data(this.complaints.open(user, person),
					this.complaints.canChange(user, person), this.complaints.seesWithheld(user, person))));
	}

	public record Data(List<Complaint> open, boolean canChange, boolean showSharing) {
	}

}
