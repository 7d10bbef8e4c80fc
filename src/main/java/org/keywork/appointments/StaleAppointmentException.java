package org.keywork.appointments;

/** The appointment was changed by someone else since it was read. */
class StaleAppointmentException extends RuntimeException {

	StaleAppointmentException(Long id) {
		super("Appointment " + id + " changed since it was read");
	}

}
