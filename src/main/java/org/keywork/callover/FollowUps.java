package org.keywork.callover;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the callover asked someone to follow up about a person, as the person's record
 * meets it. Callover decisions are staff reflective practice: only staff who may change
 * the person's records ({@link AccessPolicy#canEdit}) see them; for everyone else a
 * follow-up does not exist (404). The member of staff it was given to, or a manager of
 * the person's team, marks it done, with an optional note.
 */
@Service
@Transactional(readOnly = true)
class FollowUps {

	private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final Clock clock;

	private final Dates dates;

	private final Batches batches;

	FollowUps(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, Clock clock, Dates dates,
			Batches batches) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
		this.dates = dates;
	}

	LocalDate today() {
		return this.dates.today();
	}

	/** May this account see callover decisions about the person? */
	boolean canSee(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person);
	}

	/**
	 * The person, if the account may see callover decisions about them (404 otherwise).
	 */
	ServiceUser person(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!canSee(user, person)) {
			throw new NotFoundException("Callover follow-ups of", personId);
		}
		return person;
	}

	/** The person's follow-ups not done yet, soonest first. */
	List<Decision> open(KeyworkUser user, ServiceUser person) {
		return open(user, person, this.batches.start()).get();
	}

	/**
	 * The person's follow-ups not done yet, soonest first, read with the rest of the
	 * batch (one query).
	 */
	Later<List<Decision>> open(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!canSee(user, person)) {
			return Later.of(List.of());
		}
		return batch.sql(Callovers.DECISION + """
				where d.service_user_id = ? and d.follow_up_by is not null and d.done_at is null
				order by d.follow_up_due, d.id
				""").param(person.getId()).query(Callovers::decision);
	}

	/** One decision with a follow-up about the person (404 otherwise). */
	Decision get(KeyworkUser user, ServiceUser person, Long decisionId) {
		if (!canSee(user, person)) {
			throw new NotFoundException("Callover follow-up", decisionId);
		}
		return this.jdbc
			.sql(Callovers.DECISION + " where d.id = ? and d.service_user_id = ? and d.follow_up_by is not null")
			.params(decisionId, person.getId())
			.query(Callovers::decision)
			.optional()
			.orElseThrow(() -> new NotFoundException("Callover follow-up", decisionId));
	}

	/**
	 * May this account mark the follow-up done: the one it was given to, or a manager?
	 */
	boolean canMarkDone(KeyworkUser user, ServiceUser person, Decision decision) {
		return canSee(user, person)
				&& (user.getId().equals(decision.followUpBy()) || this.policy.managesTeam(user, person.getTeamId()));
	}

	/**
	 * Marks the follow-up done.
	 * @throws StaleDecisionException if it changed (or was marked done) since read
	 */
	@Transactional
	void markDone(KeyworkUser user, ServiceUser person, Long decisionId, long version, String note) {
		Decision decision = get(user, person, decisionId);
		if (!canMarkDone(user, person, decision)) {
			throw new AccessDeniedException("Only the one asked, or a manager, marks a follow-up done");
		}
		int changed = this.jdbc.sql("""
				update callover_decision set done_at = ?, done_by = ?, done_note = ?, version = version + 1
				where id = ? and version = ? and done_at is null
				""")
			.params(Timestamp.from(this.clock.instant()), user.getId(),
					note == null || note.isBlank() ? null : note.strip(), decisionId, version)
			.update();
		if (changed == 0) {
			throw new StaleDecisionException(decision.meetingId(), person.getId());
		}
		log.info("Callover follow-up {} about service user {} marked done by account {}", decisionId, person.getId(),
				user.getId());
	}

}
