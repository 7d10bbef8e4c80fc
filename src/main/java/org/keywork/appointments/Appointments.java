package org.keywork.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
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
 * contact, so it follows the notes. Visibility is applied in SQL. Changing them is
 * {@link AppointmentChanges}.
 */
@Service
@Transactional(readOnly = true)
class Appointments {

	static final int PAGE_SIZE = 10;

	static final int UPCOMING_SHOWN = 50;

	private static final String COLUMNS = """
			select p.id, p.service_user_id, p.starts_on, p.starts_at, p.ends_at, p.place, p.with_account_id,
			  coalesce(a.display_name, p.with_other) as with_name, p.purpose, p.status, p.missed_note_id, p.withheld,
			  p.withheld_reason, p.withheld_detail, p.version
			from appointment p left join account a on a.id = p.with_account_id
			""";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final Clock clock;

	private final ZoneId zone;

	private final Batches batches;

	private final AppointmentMoveRequests moveRequests;

	private final StaffMembers staffMembers;

	Appointments(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, Clock clock, Dates dates,
			Batches batches, AppointmentMoveRequests moveRequests, StaffMembers staffMembers) {
		this.staffMembers = staffMembers;
		this.batches = batches;
		this.moveRequests = moveRequests;
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
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

	/** The appointment as an iCalendar file, for staff. */
	String ics(KeyworkUser user, ServiceUser person, Long appointmentId, String summary, String description) {
		if (!seesWithheld(user, person)) {
			throw new NotFoundException("Appointment", appointmentId);
		}
		Appointment a = get(user, person, appointmentId);
		return Ics.event(a.id(), a.on(), a.startsAt(), a.endsAt(), this.zone, summary, a.place(), description,
				this.clock.instant(), "keywork", a.status() == Appointment.Status.CANCELLED);
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

	private static SharingDecision sharing(ResultSet rs) throws SQLException {
		if (!rs.getBoolean("withheld")) {
			return SharingDecision.shared();
		}
		return SharingDecision.withheld(WithholdReason.valueOf(rs.getString("withheld_reason")),
				rs.getString("withheld_detail"));
	}

}
