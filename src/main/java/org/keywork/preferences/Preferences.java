package org.keywork.preferences;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.preferences.EngagementPreference.GroupWork;
import org.keywork.preferences.EngagementPreference.Paperwork;
import org.keywork.preferences.EngagementPreference.PeersVolunteers;
import org.keywork.preferences.EngagementPreference.Style;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PeerScope;
import org.keywork.security.Role;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's engagement preferences: how, where and when they like to be supported. They
 * are the person's own words, so always shared with them (never withheld). Read by
 * everyone who may open the record ({@link AccessPolicy#canRead}), except a linked peer
 * whose link does not include the notes (the same rule as appointments: preferences are
 * about how to meet, as appointments are). Changed by staff who may change the record
 * ({@link AccessPolicy#canEdit}) and by the person in the portal
 * ({@link AccessPolicy#isThePerson}), under optimistic locking
 * ({@link StalePreferencesException}); every change adds a row for the timeline.
 */
@Service
@Transactional(readOnly = true)
class Preferences {

	private static final Logger log = LoggerFactory.getLogger(Preferences.class);

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final Clock clock;

	private final Batches batches;

	Preferences(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, Clock clock, Batches batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
	}

	boolean canSee(KeyworkUser user, ServiceUser person) {
		return this.policy.canRead(user, person)
				&& (!user.hasRole(Role.PEER) || this.policy.peerScope(user, person).includes(PeerScope.NOTES));
	}

	boolean canChange(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person) || this.policy.isThePerson(user, person);
	}

	/**
	 * The person, if the account may change their preferences (404 otherwise, ADR 001).
	 */
	ServiceUser changeable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!canChange(user, person)) {
			throw new NotFoundException("Engagement preferences", personId);
		}
		return person;
	}

	/** The person's preferences as this reader may see them, or empty: one query. */
	Optional<EngagementPreference> of(KeyworkUser user, ServiceUser person) {
		return of(user, person, this.batches.start()).get();
	}

	/**
	 * The person's preferences as this reader may see them, or empty, read with the rest
	 * of the batch (one query).
	 */
	Later<Optional<EngagementPreference>> of(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		return batch.sql("""
				select p.*, a.display_name, a.role from engagement_preference p
				join account a on a.id = p.changed_by
				where p.service_user_id = :person
				""").param("person", person.getId()).optional((rs, n) -> {
			long changedBy = rs.getLong("changed_by");
			boolean byThePerson = Role.SERVICE_USER.name().equals(rs.getString("role"));
			String name = byThePerson || this.policy.mayName(user, person, changedBy) ? rs.getString("display_name")
					: null;
			return new EngagementPreference(EngagementPreference.parsePlaces(rs.getString("meet_at")),
					rs.getString("best_times"), value(Style.class, rs.getString("style")),
					value(Paperwork.class, rs.getString("paperwork")),
					value(GroupWork.class, rs.getString("group_work")),
					value(PeersVolunteers.class, rs.getString("peers_volunteers")), rs.getString("other"),
					rs.getTimestamp("changed_at").toInstant(), name, byThePerson, rs.getLong("version"));
		});
	}

	/**
	 * Saves the person's preferences: the first time when {@code version} is null, else
	 * only if nobody changed them since {@code version} was read.
	 * @throws StalePreferencesException if they were recorded or changed meanwhile
	 */
	@Transactional
	void save(KeyworkUser user, ServiceUser person, Long version, EngagementPreference answers) {
		if (!canChange(user, person)) {
			throw new NotFoundException("Engagement preferences", person.getId());
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		JdbcClient.StatementSpec sql = this.jdbc.sql(version == null ? """
				insert into engagement_preference (service_user_id, meet_at, best_times, style, paperwork, group_work,
				       peers_volunteers, other, changed_at, changed_by)
				values (:person, :meetAt, :bestTimes, :style, :paperwork, :groupWork, :peers, :other, :now, :by)
				on conflict (service_user_id) do nothing
				""" : """
				update engagement_preference set meet_at = :meetAt, best_times = :bestTimes, style = :style,
				       paperwork = :paperwork, group_work = :groupWork, peers_volunteers = :peers, other = :other,
				       changed_at = :now, changed_by = :by, version = version + 1
				where service_user_id = :person and version = :version
				""");
		int saved = sql.param("person", person.getId())
			.param("meetAt", EngagementPreference.storePlaces(answers.meetAt()))
			.param("bestTimes", answers.bestTimes())
			.param("style", name(answers.style()))
			.param("paperwork", name(answers.paperwork()))
			.param("groupWork", name(answers.groupWork()))
			.param("peers", name(answers.peersVolunteers()))
			.param("other", answers.other())
			.param("now", now)
			.param("by", user.getId())
			.param("version", version == null ? -1L : version)
			.update();
		if (saved == 0) {
			throw new StalePreferencesException(person.getId());
		}
		this.jdbc.sql("""
				insert into engagement_preference_change (service_user_id, changed_at, changed_by)
				values (:person, :now, :by)
				""").param("person", person.getId()).param("now", now).param("by", user.getId()).update();
		log.info("Engagement preferences of service user {} changed by account {}", person.getId(), user.getId());
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E value(Class<E> type, String stored) {
		return stored == null ? null : Enum.valueOf(type, stored);
	}

}
