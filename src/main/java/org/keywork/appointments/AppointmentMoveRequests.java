package org.keywork.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's requests to move an appointment (table {@code appointment_move_request}):
 * recording one, whether one is open, reading the open ones with a batch and marking them
 * dealt with. Who may do which is decided by {@link Appointments}, which calls these
 * within its own transactions.
 */
@Component
@Transactional(readOnly = true)
class AppointmentMoveRequests {

	private final JdbcClient jdbc;

	private final Clock clock;

	AppointmentMoveRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records that the account asked to move the appointment. */
	@Transactional
	void ask(KeyworkUser user, Long appointmentId, String why, String wouldSuit) {
		this.jdbc.sql("""
				insert into appointment_move_request (appointment_id, why, would_suit, asked_at, asked_by)
				values (?, ?, ?, ?, ?)
				""")
			.params(appointmentId, why.strip(), wouldSuit.strip(), Timestamp.from(this.clock.instant()), user.getId())
			.update();
	}

	/** Has the person already asked to move it (and nobody dealt with it yet)? */
	boolean askedToMove(Long appointmentId) {
		return this.jdbc.sql("""
				select count(*) from appointment_move_request where appointment_id = ? and dealt_with_at is null
				""").param(appointmentId).query(Long.class).single() > 0;
	}

	/** Marks the open requests to move this appointment as dealt with by the account. */
	@Transactional
	void close(KeyworkUser user, Long appointmentId) {
		this.jdbc.sql("""
				update appointment_move_request set dealt_with_at = ?, dealt_with_by = ?
				where appointment_id = ? and dealt_with_at is null
				""").params(Timestamp.from(this.clock.instant()), user.getId(), appointmentId).update();
	}

	/**
	 * The open requests to move the appointments whose ids {@code appointments} gives (a
	 * query, or a parameter list), by appointment, oldest first: one query, registered in
	 * {@code batch}.
	 */
	Later<Map<Long, List<Appointment.MoveRequest>>> open(Batch batch, String appointments, Map<String, Object> params) {
		Batch.Query query = batch.sql("""
				select id, appointment_id, why, would_suit, asked_at from appointment_move_request
				where appointment_id in (
				""" + appointments + """
				) and dealt_with_at is null order by asked_at, id
				""");
		params.forEach(query::param);
		return query.query((rs, i) -> Map.entry(rs.getLong("appointment_id"), moveRequest(rs))).map(requests -> {
			Map<Long, List<Appointment.MoveRequest>> open = new HashMap<>();
			requests.forEach(r -> open.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(r.getValue()));
			return open;
		});
	}

	/** The appointments, each with its open requests to move it from {@code open}. */
	static List<Appointment> withRequests(List<Appointment> list, Map<Long, List<Appointment.MoveRequest>> open) {
		return list.stream()
			.map(a -> new Appointment(a.id(), a.personId(), a.on(), a.startsAt(), a.endsAt(), a.place(),
					a.withAccountId(), a.withName(), a.purpose(), a.status(), a.missedNoteId(), a.sharing(),
					a.version(), open.getOrDefault(a.id(), List.of())))
			.toList();
	}

	private static Appointment.MoveRequest moveRequest(ResultSet rs) throws SQLException {
		return new Appointment.MoveRequest(rs.getLong("id"), rs.getString("why"), rs.getString("would_suit"),
				rs.getTimestamp("asked_at").toInstant());
	}

}
