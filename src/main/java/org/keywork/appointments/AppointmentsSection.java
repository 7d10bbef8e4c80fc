package org.keywork.appointments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The next appointments on the person's page, for those who may see them (two queries at
 * most: the appointments and, for staff, the open requests to move them).
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
	public Optional<Content> content(KeyworkUser user, ServiceUser person) {
		if (!this.appointments.canSee(user, person)) {
			return Optional.empty();
		}
		List<Appointment> next = this.appointments.upcoming(user, person, SHOWN);
		boolean canChange = this.appointments.canChange(user, person);
		if (next.isEmpty() && !canChange) {
			return Optional.empty();
		}
		return Optional.of(new Content("appointments/person-section", "next",
				new Data(next, canChange, this.appointments.seesWithheld(user, person), this.appointments.today())));
	}

	public record Data(List<Appointment> appointments, boolean canChange, boolean showSharing, LocalDate today) {
	}

}
