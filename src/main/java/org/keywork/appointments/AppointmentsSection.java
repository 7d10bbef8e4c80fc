package org.keywork.appointments;

import java.time.LocalDate;
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
 * The next appointments on the person's page, for those who may see them (two queries at
 * most, sent with the rest of the page's: the appointments and, for staff, the open
 * requests to move them).
 */
@Component
@Order(7)
class AppointmentsSection implements PersonPageSection {

	static final int SHOWN = 3;

	private final Appointments appointments;

	AppointmentsSection(Appointments appointments) {
		this.appointments = appointments;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.appointments.canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean canChange = this.appointments.canChange(user, person);
		boolean showSharing = this.appointments.seesWithheld(user, person);
		LocalDate today = this.appointments.today();
		return this.appointments.upcoming(user, person, SHOWN, batch).map(next -> {
			if (next.isEmpty() && !canChange) {
				return Optional.empty();
			}
			return Optional
				.of(new Content("appointments/person-section", "next", new Data(next, canChange, showSharing, today)));
		});
	}

	public record Data(List<Appointment> appointments, boolean canChange, boolean showSharing, LocalDate today) {
	}

}
