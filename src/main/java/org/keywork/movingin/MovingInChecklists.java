package org.keywork.movingin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.housing.CurrentRent;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.security.Role;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.staff.StaffMembers;
import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's moving-in checklist. Who sees it: staff of the person's team and the person
 * (all of it: it is about their own home, so no item is withheld, ADR 013); peers none of
 * it, as for the rest of the housing record. Staff who may change the record start it
 * (copying the template's items in use), add items and change or tick them, under
 * optimistic locking ({@link StaleItemException}); the person may mark done the items
 * that are theirs to do.
 */
@Service
@Transactional(readOnly = true)
class MovingInChecklists {

	private static final Logger log = LoggerFactory.getLogger(MovingInChecklists.class);

	/** The latest checklist of a person with its items, in one query. */
	private static final String LATEST = """
			select c.id as checklist_id, c.service_user_id, c.tenancy_id, c.started_on, c.completed_at,
			  i.id, i.position, i.label, i.who, i.who_staff_id, ws.display_name as who_staff_name, i.who_other,
			  i.due_on, i.done_on, db.display_name as done_by_name,
			  coalesce(db.service_user_id = i.service_user_id, false) as done_by_person, i.note, i.version
			from moving_in_checklist c
			left join moving_in_item i on i.checklist_id = c.id
			left join account ws on ws.id = i.who_staff_id
			left join account db on db.id = i.done_by
			where c.id = (select max(l.id) from moving_in_checklist l where l.service_user_id = :person)
			order by i.position, i.id
			""";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final CurrentRent rents;

	private final StaffMembers staffMembers;

	private final Clock clock;

	private final Dates dates;

	private final Batches batches;

	MovingInChecklists(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, CurrentRent rents, Clock clock,
			Dates dates, Batches batches, StaffMembers staffMembers) {
		this.staffMembers = staffMembers;
		this.batches = batches;
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
		this.rents = rents;
		this.clock = clock;
		this.dates = dates;
	}

	/** May this account see the person's checklist? Never a peer. */
	boolean canSee(KeyworkUser user, ServiceUser person) {
		return this.policy.canReadHome(user, person);
	}

	boolean canChange(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person);
	}

	/** The person, if the account may see their checklist (404 otherwise). */
	ServiceUser readable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!canSee(user, person)) {
			throw new NotFoundException("Moving-in checklist", personId);
		}
		return person;
	}

	/** The person, if the account may change their checklist (404 / 403). */
	ServiceUser changeable(KeyworkUser user, Long personId) {
		ServiceUser person = readable(user, personId);
		check(user, person);
		return person;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.dates.zone()));
	}

	/** The person's latest checklist, if one was started (one query). */
	Optional<Checklist> latest(KeyworkUser user, ServiceUser person) {
		return latest(user, person, this.batches.start()).get();
	}

	/**
	 * The person's latest checklist, if one was started, read with the rest of the batch
	 * (one query).
	 */
	Later<Optional<Checklist>> latest(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		LocalDate today = today();
		return batch.sql(LATEST).param("person", person.getId()).query((rs, n) -> {
			Checklist checklist = new Checklist(rs.getLong("checklist_id"), rs.getLong("service_user_id"),
					rs.getObject("tenancy_id", Long.class), rs.getObject("started_on", LocalDate.class),
					instant(rs.getTimestamp("completed_at")), List.of());
			rs.getLong("id");
			return new ChecklistRow(checklist, rs.wasNull() ? null : item(rs, today));
		}).map(rows -> {
			if (rows.isEmpty()) {
				return Optional.empty();
			}
			Checklist c = rows.get(0).checklist();
			List<Item> items = rows.stream().map(ChecklistRow::item).filter(Objects::nonNull).toList();
			return Optional
				.of(new Checklist(c.id(), c.personId(), c.tenancyId(), c.startedOn(), c.completedAt(), items));
		});
	}

	/** One row of {@link #LATEST}: the checklist, and one of its items if it has any. */
	private record ChecklistRow(Checklist checklist, Item item) {
	}

	/** One item of the person's latest checklist (404 otherwise). */
	Item item(KeyworkUser user, ServiceUser person, Long itemId) {
		return latest(user, person).flatMap(c -> c.items().stream().filter(i -> i.id() == itemId).findFirst())
			.orElseThrow(() -> new NotFoundException("Moving-in item", itemId));
	}

	/** The staff of the person's team, to choose who does an item. */
	List<StaffMember> staff(ServiceUser person) {
		return this.staffMembers.inTeams(Set.of(person.getTeamId()), EnumSet.of(Role.WORKER, Role.MANAGER));
	}

	/**
	 * Starts a checklist for the person, for their current tenancy if they have one,
	 * copying the template's items in use. Refused while their latest one is not
	 * complete.
	 * @return the new checklist's id, or empty if one is already under way
	 */
	@Transactional
	Optional<Long> start(KeyworkUser user, ServiceUser person) {
		check(user, person);
		// one start at a time per person (a double click must not start two checklists):
		// held until the transaction ends
		this.jdbc.sql("select pg_advisory_xact_lock(105, cast(:person as integer))")
			.param("person", person.getId())
			.query((rs, n) -> 1)
			.list();
		Optional<Checklist> current = latest(user, person);
		if (current.isPresent() && !current.get().isComplete()) {
			return Optional.empty();
		}
		CurrentRent.Rent rent = this.rents.forPeople(List.of(person.getId())).get(person.getId());
		Timestamp now = Timestamp.from(this.clock.instant());
		Long id = this.jdbc.sql("""
				insert into moving_in_checklist (service_user_id, tenancy_id, started_on, started_at, started_by)
				values (:person, :tenancy, :today, :now, :by) returning id
				""")
			.param("person", person.getId())
			.param("tenancy", rent == null ? null : rent.tenancyId())
			.param("today", today())
			.param("now", now)
			.param("by", user.getId())
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into moving_in_item (checklist_id, service_user_id, position, label, created_at, created_by)
				select :checklist, :person, t.position, t.label, :now, :by
				from moving_in_template_item t where t.active
				""")
			.param("checklist", id)
			.param("person", person.getId())
			.param("now", now)
			.param("by", user.getId())
			.update();
		log.info("Moving-in checklist {} started for service user {} by account {}", id, person.getId(), user.getId());
		return Optional.of(id);
	}

	/** Adds an item to the person's latest checklist (404 if none was started). */
	@Transactional
	Long add(KeyworkUser user, ServiceUser person, Details details) {
		check(user, person);
		Checklist checklist = latest(user, person)
			.orElseThrow(() -> new NotFoundException("Moving-in checklist", person.getId()));
		int position = checklist.items().stream().mapToInt(Item::position).max().orElse(0) + 10;
		Long id = this.jdbc
			.sql("""
					insert into moving_in_item (checklist_id, service_user_id, position, label, who, who_staff_id, who_other,
					  due_on, done_on, done_by, note, created_at, created_by)
					values (:checklist, :person, :position, :label, :who, :whoStaff, :whoOther, :dueOn, :doneOn,
					  case when cast(:doneOn as date) is null then null else cast(:by as bigint) end, :note, :now, :by)
					returning id
					""")
			.param("checklist", checklist.id())
			.param("person", person.getId())
			.param("position", position)
			.params(params(details))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.query(Long.class)
			.single();
		completion(checklist.id());
		log.info("Moving-in item {} added for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * Changes an item of the person's latest checklist.
	 * @throws StaleItemException if it changed since {@code version} was read
	 */
	@Transactional
	void change(KeyworkUser user, ServiceUser person, Long itemId, long version, Details details) {
		check(user, person);
		Item item = item(user, person, itemId);
		int changed = this.jdbc.sql("""
				update moving_in_item set label = :label, who = :who, who_staff_id = :whoStaff, who_other = :whoOther,
				  due_on = :dueOn, done_on = :doneOn,
				  done_by = case when cast(:doneOn as date) is null then null else coalesce(done_by, :by) end,
				  note = :note, changed_at = :now, changed_by = :by, version = version + 1
				where id = :id and version = :version
				""")
			.params(params(details))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("id", itemId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleItemException(itemId);
		}
		completion(item.checklistId());
		log.info("Moving-in item {} of service user {} changed by account {}", itemId, person.getId(), user.getId());
	}

	/**
	 * Marks an item done today, recorded as done by {@code user}: staff who may change
	 * the record, or the person for an item that is theirs to do.
	 * @throws StaleItemException if it changed since {@code version} was read
	 */
	@Transactional
	void markDone(KeyworkUser user, ServiceUser person, Long itemId, long version) {
		boolean thePerson = this.policy.isThePerson(user, person);
		if (!thePerson) {
			check(user, person);
		}
		Item item = item(user, person, itemId);
		if (thePerson && !item.isThePersons()) {
			throw new NotFoundException("Moving-in item", itemId);
		}
		if (item.isDone()) {
			return;
		}
		int changed = this.jdbc.sql("""
				update moving_in_item set done_on = :today, done_by = :by, changed_at = :now, changed_by = :by,
				  version = version + 1
				where id = :id and version = :version and done_on is null
				""")
			.param("today", today())
			.param("by", user.getId())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", itemId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleItemException(itemId);
		}
		completion(item.checklistId());
		log.info("Moving-in item {} of service user {} marked done by account {}", itemId, person.getId(),
				user.getId());
	}

	/**
	 * Complete when it has items and all are done; the moment is kept until one is not.
	 */
	private void completion(long checklistId) {
		this.jdbc.sql("""
				update moving_in_checklist c set completed_at = case
				  when exists (select 1 from moving_in_item i where i.checklist_id = c.id)
				   and not exists (select 1 from moving_in_item i where i.checklist_id = c.id and i.done_on is null)
				  then coalesce(c.completed_at, :now) end
				where c.id = :id
				""").param("now", Timestamp.from(this.clock.instant())).param("id", checklistId).update();
	}

	private void check(KeyworkUser user, ServiceUser person) {
		if (!canChange(user, person)) {
			throw new AccessDeniedException("Cannot change the moving-in checklist of " + person.getId());
		}
	}

	private static Map<String, Object> params(Details d) {
		Map<String, Object> params = new HashMap<>();
		params.put("label", d.label().strip());
		params.put("who", d.who() == null ? null : d.who().name());
		params.put("whoStaff", d.who() == Who.STAFF ? d.whoStaffId() : null);
		params.put("whoOther", d.who() == Who.OTHER ? blankToNull(d.whoOther()) : null);
		params.put("dueOn", d.dueOn());
		params.put("doneOn", d.doneOn());
		params.put("note", blankToNull(d.note()));
		return params;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static Item item(ResultSet rs, LocalDate today) throws SQLException {
		String who = rs.getString("who");
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		LocalDate done = rs.getObject("done_on", LocalDate.class);
		return new Item(rs.getLong("id"), rs.getLong("checklist_id"), rs.getInt("position"), rs.getString("label"),
				who == null ? null : Who.valueOf(who), rs.getObject("who_staff_id", Long.class),
				rs.getString("who_staff_name"), rs.getString("who_other"), due, done, rs.getString("done_by_name"),
				rs.getBoolean("done_by_person"), rs.getString("note"), rs.getLong("version"),
				done == null && due != null && due.isBefore(today));
	}

	/** What staff enter about an item. */
	record Details(String label, Who who, Long whoStaffId, String whoOther, LocalDate dueOn, LocalDate doneOn,
			String note) {
	}

}
