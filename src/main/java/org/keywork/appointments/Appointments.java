package org.keywork.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.contacts.AttemptedContacts;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PeerScope;
import org.keywork.security.Role;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.sharing.SharingDecision;
import org.keywork.sharing.WithholdReason;
import org.keywork.staff.StaffMembers;
import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's appointments. Who sees them: staff of the person's team all of them; the
 * person those not withheld; a linked peer those not withheld, and only when the person's
 * link includes their contact notes ({@link PeerScope#NOTES}): an appointment is planned
 * contact, so it follows the notes. Staff who may change the record
 * ({@link AccessPolicy#canEdit}) add, change, cancel and mark them missed, under
 * optimistic locking ({@link StaleAppointmentException}). Visibility is applied in SQL.
 */
@Service
@Transactional(readOnly = true)
class Appointments {

	static final int PAGE_SIZE = 10;

	static final int UPCOMING_SHOWN = 50;

	private static final Logger log = LoggerFactory.getLogger(Appointments.class);

	private static final String COLUMNS = """
			select p.id, p.service_user_id, p.starts_on, p.starts_at, p.ends_at, p.place, p.with_account_id,
			  coalesce(a.display_name, p.with_other) as with_name, p.purpose, p.status, p.missed_note_id, p.withheld,
			  p.withheld_reason, p.withheld_detail, p.version
			from appointment p left join account a on a.id = p.with_account_id
			""";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final AttemptedContacts attempts;

	private final Clock clock;

	private final ZoneId zone;

	private final Batches batches;

	private final AppointmentMoveRequests moveRequests;

	private final StaffMembers staffMembers;

	Appointments(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, AttemptedContacts attempts,
			Clock clock, Dates dates, Batches batches, AppointmentMoveRequests moveRequests,
			StaffMembers staffMembers) {
		this.staffMembers = staffMembers;
		this.batches = batches;
		this.moveRequests = moveRequests;
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
		this.attempts = attempts;
		this.clock = clock;
		this.zone = dates.zone();
	}

	/** May this account see the person's appointments at all? */
	boolean canSee(KeyworkUser user, ServiceUser person) {
		return this.policy.canRead(user, person)
				&& (!user.hasRole(Role.PEER) || this.policy.peerScope(user, person).includes(PeerScope.NOTES));
	}

	boolean canChange(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person);
	}

	boolean seesWithheld(KeyworkUser user, ServiceUser person) {
		return this.policy.seesWithheld(user, person);
	}

	/** The person, if the account may see their appointments (404 otherwise). */
	ServiceUser readable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!canSee(user, person)) {
			throw new NotFoundException("Appointments", personId);
		}
		return person;
	}

	/** The person, if the account may change their appointments (404 / 403). */
	ServiceUser changeable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!canChange(user, person)) {
			throw new AccessDeniedException("Cannot change appointments of " + personId);
		}
		return person;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	ZoneId zone() {
		return this.zone;
	}

	/** Booked appointments from today on, soonest first (at most {@code limit}). */
	List<Appointment> upcoming(KeyworkUser user, ServiceUser person, int limit) {
		return upcoming(user, person, limit, this.batches.start()).get();
	}

	/**
	 * Booked appointments from today on, soonest first (at most {@code limit}), with the
	 * open requests to move them for staff who may change them: two queries, read with
	 * the rest of the batch (the requests' query picks the same appointments itself).
	 */
	Later<List<Appointment>> upcoming(KeyworkUser user, ServiceUser person, int limit, Batch batch) {
		if (!canSee(user, person)) {
			return Later.of(List.of());
		}
		String where = """
				where p.service_user_id = :person and p.status = 'BOOKED' and p.starts_on >= :today
				  and (cast(:withheldToo as boolean) or not p.withheld)
				order by p.starts_on, p.starts_at, p.id limit :limit
				""";
		LocalDate today = today();
		boolean withheldToo = seesWithheld(user, person);
		Later<List<Appointment>> list = batch.sql(COLUMNS + where)
			.param("person", person.getId())
			.param("today", today)
			.param("withheldToo", withheldToo)
			.param("limit", limit)
			.query((rs, i) -> row(rs, user, person));
		if (!canChange(user, person)) {
			return list;
		}
		Later<Map<Long, List<Appointment.MoveRequest>>> open = this.moveRequests.open(batch,
				"select p.id from appointment p\n" + where,
				Map.of("person", person.getId(), "today", today, "withheldToo", withheldToo, "limit", limit));
		return Later.from(() -> AppointmentMoveRequests.withRequests(list.get(), open.get()));
	}

	/** Everything else (past, cancelled or missed), latest first, a page at a time. */
	Page<Appointment> past(KeyworkUser user, ServiceUser person, int page) {
		return past(user, person, page, this.batches.start()).get();
	}

	/**
	 * {@link #past(KeyworkUser, ServiceUser, int)}: the count, the page and the open
	 * requests to move its appointments, registered in {@code batch} (the requests' query
	 * picks the same page itself).
	 */
	Later<Page<Appointment>> past(KeyworkUser user, ServiceUser person, int page, Batch batch) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		if (!canSee(user, person)) {
			return Later.of(new PageImpl<>(List.of(), request, 0));
		}
		String where = """
				where p.service_user_id = :person and (p.status <> 'BOOKED' or p.starts_on < :today)
				  and (cast(:withheldToo as boolean) or not p.withheld)
				""";
		String pageOf = where + """
				order by p.starts_on desc, p.starts_at desc, p.id desc limit :limit offset :offset
				""";
		LocalDate today = today();
		boolean withheldToo = seesWithheld(user, person);
		Later<List<Long>> total = batch.sql("select count(*) from appointment p " + where)
			.param("person", person.getId())
			.param("today", today)
			.param("withheldToo", withheldToo)
			.column(Long.class);
		Later<List<Appointment>> list = batch.sql(COLUMNS + pageOf)
			.param("person", person.getId())
			.param("today", today)
			.param("withheldToo", withheldToo)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, i) -> row(rs, user, person));
		Later<Map<Long, List<Appointment.MoveRequest>>> open = !canChange(user, person) ? Later.of(Map.of())
				: this.moveRequests.open(batch, "select p.id from appointment p\n" + pageOf,
						Map.of("person", person.getId(), "today", today, "withheldToo", withheldToo, "limit",
								request.getPageSize(), "offset", request.getOffset()));
		return Later.from(() -> new PageImpl<>(AppointmentMoveRequests.withRequests(list.get(), open.get()), request,
				total.get().get(0)));
	}

	/** One appointment the account may see (404 otherwise). */
	Appointment get(KeyworkUser user, ServiceUser person, Long appointmentId) {
		if (!canSee(user, person)) {
			throw new NotFoundException("Appointment", appointmentId);
		}
		List<Appointment> found = this.jdbc.sql(COLUMNS + """
				where p.id = :id and p.service_user_id = :person and (cast(:withheldToo as boolean) or not p.withheld)
				""")
			.param("id", appointmentId)
			.param("person", person.getId())
			.param("withheldToo", seesWithheld(user, person))
			.query((rs, i) -> row(rs, user, person))
			.list();
		if (found.isEmpty()) {
			throw new NotFoundException("Appointment", appointmentId);
		}
		return withRequests(user, person, found).get(0);
	}

	/** The staff of the person's team, to choose who the appointment is with. */
	List<StaffMember> staff(ServiceUser person) {
		return this.staffMembers.inTeams(Set.of(person.getTeamId()), EnumSet.of(Role.WORKER, Role.MANAGER));
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
		Appointment appointment = get(user, person, appointmentId);
		if (!appointment.isBooked()) {
			throw new StaleAppointmentException(appointmentId);
		}
		Long note = this.attempts.record(user, person,
				appointment.on().atTime(appointment.startsAt()).atZone(this.zone).toInstant(), appointment.place(),
				noteText, appointment.sharing());
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
		get(user, person, appointmentId);
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
		Appointment appointment = get(user, person, appointmentId);
		if (!appointment.isComing(today())) {
			throw new NotFoundException("Appointment", appointmentId);
		}
		this.moveRequests.ask(user, appointmentId, why, wouldSuit);
		log.info("Service user {} asked to move appointment {}", person.getId(), appointmentId);
	}

	/** The appointment as an iCalendar file, for staff. */
	String ics(KeyworkUser user, ServiceUser person, Long appointmentId, String summary, String description) {
		if (!seesWithheld(user, person)) {
			throw new NotFoundException("Appointment", appointmentId);
		}
		Appointment a = get(user, person, appointmentId);
		return Ics.event(a.id(), a.on(), a.startsAt(), a.endsAt(), this.zone, summary, a.place(), description,
				this.clock.instant(), "keywork", a.status() == Appointment.Status.CANCELLED);
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
		if (!canChange(user, person)) {
			throw new AccessDeniedException("Cannot change appointments of " + person.getId());
		}
	}

	private List<Appointment> withRequests(KeyworkUser user, ServiceUser person, List<Appointment> list) {
		if (list.isEmpty() || !canChange(user, person)) {
			return list;
		}
		return AppointmentMoveRequests.withRequests(list,
				this.moveRequests
					.open(this.batches.start(), ":ids", Map.of("ids", list.stream().map(Appointment::id).toList()))
					.get());
	}

	private Appointment row(ResultSet rs, KeyworkUser user, ServiceUser person) throws SQLException {
		long withId = rs.getLong("with_account_id");
		Long withAccount = rs.wasNull() ? null : withId;
		String withName = withAccount == null || this.policy.mayName(user, person, withAccount)
				? rs.getString("with_name") : null;
		long note = rs.getLong("missed_note_id");
		Long missedNote = rs.wasNull() ? null : note;
		return new Appointment(rs.getLong("id"), rs.getLong("service_user_id"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
				rs.getObject("ends_at", LocalTime.class), rs.getString("place"), withAccount, withName,
				rs.getString("purpose"), Appointment.Status.valueOf(rs.getString("status")), missedNote, sharing(rs),
				rs.getLong("version"), List.of());
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

	private static SharingDecision sharing(ResultSet rs) throws SQLException {
		if (!rs.getBoolean("withheld")) {
			return SharingDecision.shared();
		}
		return SharingDecision.withheld(WithholdReason.valueOf(rs.getString("withheld_reason")),
				rs.getString("withheld_detail"));
	}

	/** What staff enter about an appointment. */
	record Details(LocalDate on, LocalTime startsAt, LocalTime endsAt, String place, Long withAccountId,
			String withOther, String purpose, SharingDecision sharing) {
	}

}
