package org.keywork.intensity;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's support intensity: their level (the latest {@code intensity_change}; none
 * yet means standard), a crisis step-up in force (the intensive target until its end
 * date, or until ended sooner), and the history of both. Staff-facing: the team's staff
 * read it ({@link AccessPolicy#canRead} for workers and managers) and change it
 * ({@link AccessPolicy#canEdit}); the person reads their own in the portal
 * ({@link #own}); peers never see it. Rows are only ever added, except ending a crisis,
 * which is made under optimistic locking ({@link StaleCrisisException}). The
 * weekly-contact rule reads the same tables in the caseload's one query.
 */
@Service
@Transactional(readOnly = true)
class Intensity {

	private static final Logger log = LoggerFactory.getLogger(Intensity.class);

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final Clock clock;

	private final Dates dates;

	private final Batches batches;

	Intensity(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, Clock clock, Dates dates,
			Batches batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
		this.dates = dates;
	}

	/** The person, if the account is staff who may read them (404 otherwise, ADR 001). */
	ServiceUser readable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!readsIntensity(user, person)) {
			throw new NotFoundException("Support intensity", personId);
		}
		return person;
	}

	/** The person, if the account may change their support intensity (404 / 403). */
	ServiceUser changeable(KeyworkUser user, Long personId) {
		ServiceUser person = readable(user, personId);
		if (!canChange(user, person)) {
			throw new AccessDeniedException("Cannot change the support intensity of " + personId);
		}
		return person;
	}

	/**
	 * The signed-in person's own record, for the portal: the person reads their level,
	 * target, any crisis step-up and the history with its reasons (nothing here is
	 * withheld; the forms say the person can read it).
	 */
	ServiceUser own(KeyworkUser user) {
		ServiceUser person = this.people.get(user, user.getServiceUserId());
		if (!this.policy.isThePerson(user, person)) {
			throw new NotFoundException("Support intensity", user.getServiceUserId());
		}
		return person;
	}

	boolean readsIntensity(KeyworkUser user, ServiceUser person) {
		return this.policy.worksByTeam(user) && this.policy.canRead(user, person);
	}

	boolean canChange(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.dates.zone()));
	}

	/** The person's level, targets and any crisis in force today: two queries. */
	Current current(ServiceUser person) {
		return current(person, this.batches.start()).get();
	}

	/**
	 * The person's level, targets and any crisis in force today: two queries, read with
	 * the rest of the batch.
	 */
	Later<Current> current(ServiceUser person, Batch batch) {
		LocalDate today = today();
		Later<List<Map.Entry<Level, int[]>>> ownDefaults = batch
			.sql("select level, contact_days, review_days from intensity_default where team_id = :team")
			.param("team", person.getTeamId())
			.query((rs, n) -> Map.entry(Level.valueOf(rs.getString(1)), new int[] { rs.getInt(2), rs.getInt(3) }));
		Later<List<Stored>> stored = batch.sql("""
				select t.contact_frequency_days, lv.level, lv.changed_at, k.id as crisis_id, k.reason, k.starts_on,
				       k.ends_on, k.version, k.reasons_shared
				from service_user s
				join team t on t.id = s.team_id
				left join lateral (select c.level, c.changed_at from intensity_change c where c.service_user_id = s.id
				                   order by c.changed_at desc, c.id desc limit 1) lv on true
				left join lateral (select k.* from intensity_crisis k where k.service_user_id = s.id
				                   and k.ended_on is null and k.starts_on <= :today and k.ends_on >= :today
				                   order by k.ends_on desc limit 1) k on true
				where s.id = :person
				""").param("person", person.getId()).param("today", Date.valueOf(today)).query((rs, n) -> {
			Timestamp changed = rs.getTimestamp("changed_at");
			Crisis crisis = null;
			long crisisId = rs.getLong("crisis_id");
			if (!rs.wasNull()) {
				crisis = new Crisis(crisisId, rs.getString("reason"), rs.getObject("starts_on", LocalDate.class),
						rs.getObject("ends_on", LocalDate.class), rs.getLong("version"),
						rs.getBoolean("reasons_shared"));
			}
			return new Stored(rs.getInt("contact_frequency_days"), rs.getString("level"), changed, crisis);
		});
		return Later.from(() -> {
			Map<Level, int[]> defaults = new EnumMap<>(Level.class);
			ownDefaults.get().forEach(entry -> defaults.put(entry.getKey(), entry.getValue()));
			Stored row = DataAccessUtils.requiredSingleResult(stored.get());
			Level level = row.level() == null ? Level.STANDARD : Level.valueOf(row.level());
			Map<Level, Target> targets = new EnumMap<>(Level.class);
			for (Level l : Level.values()) {
				int[] own = defaults.get(l);
				targets.put(l, own != null ? new Target(own[0], own[1])
						: new Target(l.contactDays(row.frequency()), l.reviewDays()));
			}
			LocalDate since = row.changed() == null ? null
					: row.changed().toInstant().atZone(this.dates.zone()).toLocalDate();
			return new Current(level, row.level() != null, since, targets, row.crisis());
		});
	}

	/** The person's row as read, before the targets are worked out. */
	private record Stored(int frequency, String level, Timestamp changed, Crisis crisis) {
	}

	/** Every change of level and every crisis step-up, newest first: two queries. */
	List<Change> history(ServiceUser person) {
		return history(person, this.batches.start()).get();
	}

	/**
	 * {@link #history(ServiceUser)}, its two queries registered in {@code batch} (the
	 * person's page reads them with {@link #current} in one statement).
	 */
	Later<List<Change>> history(ServiceUser person, Batch batch) {
		Later<List<Change>> levels = batch.sql("""
				select c.id, c.level, c.reason, c.changed_at, a.display_name, c.reason_shared
				from intensity_change c join account a on a.id = c.changed_by
				where c.service_user_id = :person
				""")
			.param("person", person.getId())
			.query((rs, n) -> new Change(ChangeKind.LEVEL, rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
					rs.getString("display_name"), Level.valueOf(rs.getString("level")), rs.getString("reason"), null,
					null, rs.getBoolean("reason_shared")));
		Later<List<List<Change>>> crises = batch.sql("""
				select k.id, k.reason, k.started_at, k.starts_on, k.ends_on, k.ended_on, k.ended_at, k.end_reason,
				       a.display_name as starter, e.display_name as ender, k.reasons_shared
				from intensity_crisis k join account a on a.id = k.started_by
				left join account e on e.id = k.ended_by
				where k.service_user_id = :person
				""").param("person", person.getId()).query((rs, n) -> {
			List<Change> both = new ArrayList<>(2);
			long id = rs.getLong("id");
			boolean shared = rs.getBoolean("reasons_shared");
			LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
			both.add(new Change(ChangeKind.CRISIS, id, rs.getTimestamp("started_at").toInstant(),
					rs.getString("starter"), Level.INTENSIVE, rs.getString("reason"), endsOn, null, shared));
			Timestamp endedAt = rs.getTimestamp("ended_at");
			if (endedAt != null) {
				both.add(new Change(ChangeKind.CRISIS_ENDED, id, endedAt.toInstant(), rs.getString("ender"), null,
						rs.getString("end_reason"), endsOn, rs.getObject("ended_on", LocalDate.class), shared));
			}
			return both;
		});
		return Later.from(() -> {
			List<Change> changes = new ArrayList<>(levels.get());
			crises.get().forEach(changes::addAll);
			changes
				.sort(Comparator.comparing(Change::at).reversed().thenComparing(Change::id, Comparator.reverseOrder()));
			return changes;
		});
	}

	/** Sets the person's level from now, with the reason. */
	@Transactional
	void changeLevel(KeyworkUser user, ServiceUser person, Level level, String reason) {
		this.jdbc.sql("""
				insert into intensity_change (service_user_id, level, reason, changed_at, changed_by)
				values (:person, :level, :reason, :at, :by)
				""")
			.param("person", person.getId())
			.param("level", level.name())
			.param("reason", reason)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.update();
		log.info("Support level of service user {} set to {} by account {}", person.getId(), level, user.getId());
	}

	/**
	 * Steps the person up for a crisis from today until {@code endsOn} (inclusive). One
	 * at a time: a crisis in force is ended (on today) by the new one.
	 */
	@Transactional
	void stepUp(KeyworkUser user, ServiceUser person, String reason, LocalDate endsOn) {
		LocalDate today = today();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				update intensity_crisis set ended_on = :today, ended_at = :now, ended_by = :by,
				       end_reason = :reason, version = version + 1
				where service_user_id = :person and ended_on is null and ends_on >= :today
				""")
			.param("today", Date.valueOf(today))
			.param("now", now)
			.param("by", user.getId())
			.param("reason", reason)
			.param("person", person.getId())
			.update();
		this.jdbc.sql("""
				insert into intensity_crisis (service_user_id, reason, starts_on, ends_on, started_at, started_by)
				values (:person, :reason, :today, :endsOn, :now, :by)
				""")
			.param("person", person.getId())
			.param("reason", reason)
			.param("today", Date.valueOf(today))
			.param("endsOn", Date.valueOf(endsOn))
			.param("now", now)
			.param("by", user.getId())
			.update();
		log.info("Service user {} stepped up for a crisis by account {}", person.getId(), user.getId());
	}

	/**
	 * Ends a crisis step-up today, before its end date; the person returns to their
	 * level.
	 * @throws StaleCrisisException if it was changed or ended since the page was opened
	 */
	@Transactional
	void endCrisis(KeyworkUser user, ServiceUser person, Long crisisId, long version, String reason) {
		int updated = this.jdbc.sql("""
				update intensity_crisis set ended_on = :today, ended_at = :now, ended_by = :by,
				       end_reason = :reason, version = version + 1
				where id = :id and service_user_id = :person and version = :version and ended_on is null
				""")
			.param("today", Date.valueOf(today()))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("reason", reason)
			.param("id", crisisId)
			.param("person", person.getId())
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new StaleCrisisException(crisisId);
		}
		log.info("Crisis step-up {} of service user {} ended by account {}", crisisId, person.getId(), user.getId());
	}

	/** A level's contact target and review interval, in days. */
	public record Target(int contactDays, int reviewDays) {
	}

	/**
	 * A crisis step-up in force; {@code reasonShared}: whether the person may read its
	 * reason (those written before the portal showed them are staff-only, V78).
	 */
	public record Crisis(Long id, String reason, LocalDate startsOn, LocalDate endsOn, long version,
			boolean reasonShared) {
	}

	/**
	 * @param level the person's level (standard when none was ever set)
	 * @param set whether a level was ever set
	 * @param since the day the level was set, or null
	 * @param targets each level's target in the person's team
	 * @param crisis a crisis step-up in force today, or null
	 */
	public record Current(Level level, boolean set, LocalDate since, Map<Level, Target> targets, Crisis crisis) {

		/** The contact target the weekly rule uses now: crisis, else level. */
		public int contactDays() {
			return this.crisis != null ? this.targets.get(Level.INTENSIVE).contactDays()
					: this.targets.get(this.level).contactDays();
		}

		/** The target during a crisis step-up: the team's intensive one. */
		public int intensiveDays() {
			return this.targets.get(Level.INTENSIVE).contactDays();
		}

		public int reviewDays() {
			return this.targets.get(this.level).reviewDays();
		}

		/** When the level is due a review: its interval after it was set, or null. */
		public LocalDate reviewDue() {
			return this.since == null ? null : this.since.plusDays(reviewDays());
		}

		public List<Level> levels() {
			return List.of(Level.values());
		}

	}

	enum ChangeKind {

		LEVEL, CRISIS, CRISIS_ENDED

	}

	/**
	 * One entry of the history.
	 *
	 * @param endsOn for a crisis, its planned end date
	 * @param endedOn for an ended crisis, the day it ended
	 * @param reasonShared whether the person may read the reason (those written before
	 * the portal showed them are staff-only, V78)
	 */
	public record Change(ChangeKind kind, Long id, Instant at, String by, Level level, String reason, LocalDate endsOn,
			LocalDate endedOn, boolean reasonShared) {
	}

}
