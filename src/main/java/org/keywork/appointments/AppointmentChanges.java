package org.keywork.appointments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.keywork.contacts.AttemptedContacts;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.SharingDecision;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a person's appointments: staff who may change the record
 * ({@link AccessPolicy#canEdit}) add, change, cancel and mark them missed, under
 * optimistic locking ({@link StaleAppointmentException}); the person asks to move one of
 * theirs. Who may see which appointment, and reading them, is {@link Appointments}.
 */
@Service
@Transactional
class AppointmentChanges {

	private static final Logger log = LoggerFactory.getLogger(AppointmentChanges.class);

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Appointments appointments;

	private final AttemptedContacts attempts;

	private final AppointmentMoveRequests moveRequests;

	private final Clock clock;

	AppointmentChanges(JdbcClient jdbc, AccessPolicy policy, Appointments appointments, AttemptedContacts attempts,
			AppointmentMoveRequests moveRequests, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.appointments = appointments;
		this.attempts = attempts;
		this.moveRequests = moveRequests;
		this.clock = clock;
	}

	@Transactional
	Long add(KeyworkUser user, ServiceUser person, Details details) {
		check(user, person);
		SharingDecision sharing = details.sharing();
		Long id = this.jdbc.sql("""
				insert into appointment (service_user_id, starts_on, starts_at, ends_at, place, with_account_id,
				  with_other, purpose, withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (:person, :on, :start, :end, :place, :withAccount, :withOther, :purpose, :withheld, :reason,
				  :detail, :now, :by)
				returning id
				""")
			.param("person", person.getId())
			.params(details(details))
			.param("withheld", sharing.isWithheld())
			.param("reason", reason(sharing))
			.param("detail", sharing.getWithheldDetail())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.query(Long.class)
			.single();
		log.info("Appointment {} added for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * Changes an appointment; any request to move it is then dealt with.
	 * @throws StaleAppointmentException if it changed since {@code version} was read
	 */
	@Transactional
	void change(KeyworkUser user, ServiceUser person, Long appointmentId, long version, Details details) {
		check(user, person);
		SharingDecision sharing = details.sharing();
		int changed = this.jdbc.sql("""
				update appointment set starts_on = :on, starts_at = :start, ends_at = :end, place = :place,
				  with_account_id = :withAccount, with_other = :withOther, purpose = :purpose, withheld = :withheld,
				  withheld_reason = :reason, withheld_detail = :detail, changed_at = :now, changed_by = :by,
				  version = version + 1
				where id = :id and service_user_id = :person and version = :version and status = 'BOOKED'
				""")
			.params(details(details))
			.param("withheld", sharing.isWithheld())
			.param("reason", reason(sharing))
			.param("detail", sharing.getWithheldDetail())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("id", appointmentId)
			.param("person", person.getId())
			.param("version", version)
			.update();
		afterChange(user, person, appointmentId, changed);
		log.info("Appointment {} of service user {} changed by account {}", appointmentId, person.getId(),
				user.getId());
	}

	/** Cancels a booked appointment (it is kept, marked cancelled). */
	@Transactional
	void cancel(KeyworkUser user, ServiceUser person, Long appointmentId, long version) {
		check(user, person);
		int changed = setStatus(user, person, appointmentId, version, Appointment.Status.CANCELLED, null);
		afterChange(user, person, appointmentId, changed);
		log.info("Appointment {} of service user {} cancelled by account {}", appointmentId, person.getId(),
				user.getId());
	}

	/**
	 * Records that the person did not come: in one transaction, an attempted-contact note
	 * dated at the appointment (shared as the appointment is) and the appointment marked
	 * missed, linked to the note.
	 */
	@Transactional
	Long missed(KeyworkUser user, ServiceUser person, Long appointmentId, long version, String noteText) {
		check(user, person);
		Appointment appointment = this.appointments.get(user, person, appointmentId);
		if (!appointment.isBooked()) {
			throw new StaleAppointmentException(appointmentId);
		}
		Long note = this.attempts.record(user, person,
				appointment.on().atTime(appointment.startsAt()).atZone(this.appointments.zone()).toInstant(),
				appointment.place(), noteText, appointment.sharing());
		int changed = setStatus(user, person, appointmentId, version, Appointment.Status.MISSED, note);
		afterChange(user, person, appointmentId, changed);
		log.info("Appointment {} of service user {} missed; attempted contact {} recorded by account {}", appointmentId,
				person.getId(), note, user.getId());
		return note;
	}

	/** Marks the open requests to move this appointment as dealt with. */
	@Transactional
	void requestsDealtWith(KeyworkUser user, ServiceUser person, Long appointmentId) {
		check(user, person);
		this.appointments.get(user, person, appointmentId);
		this.moveRequests.close(user, appointmentId);
	}

	/**
	 * The person asks to move one of their own coming, shared appointments.
	 * @throws NotFoundException if it is not one of theirs they may see
	 */
	@Transactional
	void askToMove(KeyworkUser user, ServiceUser person, Long appointmentId, String why, String wouldSuit) {
		if (!this.policy.isThePerson(user, person)) {
			throw new AccessDeniedException("Only the person asks to move their appointment");
		}
		Appointment appointment = this.appointments.get(user, person, appointmentId);
		if (!appointment.isComing(this.appointments.today())) {
			throw new NotFoundException("Appointment", appointmentId);
		}
		this.moveRequests.ask(user, appointmentId, why, wouldSuit);
		log.info("Service user {} asked to move appointment {}", person.getId(), appointmentId);
	}

	private int setStatus(KeyworkUser user, ServiceUser person, Long appointmentId, long version,
			Appointment.Status status, Long note) {
		return this.jdbc.sql("""
				update appointment set status = :status, missed_note_id = :note, changed_at = :now, changed_by = :by,
				  version = version + 1
				where id = :id and service_user_id = :person and version = :version and status = 'BOOKED'
				""")
			.param("status", status.name())
			.param("note", note)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("id", appointmentId)
			.param("person", person.getId())
			.param("version", version)
			.update();
	}

	private void afterChange(KeyworkUser user, ServiceUser person, Long appointmentId, int changed) {
		if (changed == 0) {
			boolean exists = this.jdbc.sql("select count(*) from appointment where id = ? and service_user_id = ?")
				.params(appointmentId, person.getId())
				.query(Long.class)
				.single() > 0;
			if (!exists) {
				throw new NotFoundException("Appointment", appointmentId);
			}
			throw new StaleAppointmentException(appointmentId);
		}
		this.moveRequests.close(user, appointmentId);
	}

	private void check(KeyworkUser user, ServiceUser person) {
		if (!this.appointments.canChange(user, person)) {
			throw new AccessDeniedException("Cannot change appointments of " + person.getId());
		}
	}

	private static Map<String, Object> details(Details d) {
		Map<String, Object> params = new HashMap<>();
		params.put("on", d.on());
		params.put("start", d.startsAt());
		params.put("end", d.endsAt());
		params.put("place", d.place().strip());
		params.put("withAccount", d.withAccountId());
		params.put("withOther", d.withAccountId() != null || d.withOther() == null || d.withOther().isBlank() ? null
				: d.withOther().strip());
		params.put("purpose", d.purpose().strip());
		return params;
	}

	private static String reason(SharingDecision sharing) {
		return sharing.getWithheldReason() == null ? null : sharing.getWithheldReason().name();
	}

	/** What staff enter about an appointment. */
	record Details(LocalDate on, LocalTime startsAt, LocalTime endsAt, String place, Long withAccountId,
			String withOther, String purpose, SharingDecision sharing) {
	}

}
