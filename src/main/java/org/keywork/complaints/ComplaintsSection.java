package org.keywork.complaints;

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
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.complaints.canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean canChange = this.complaints.canChange(user, person);
		boolean showSharing = this.complaints.seesWithheld(user, person);
		return this.complaints.open(user, person, batch)
			.map(open -> Optional
				.of(new Content("complaints/person-section", "complaints", new Data(open, canChange, showSharing))));
	}

	public record Data(List<Complaint> open, boolean canChange, boolean showSharing) {
	}

}
