package org.keywork.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person tells the service is wrong in their personal details ("Tell us if
 * something is wrong"). Only the person adds to it, about their own record. It waits for
 * the staff who may change the person's record ({@link AccessPolicy#canEdit}) until one
 * of them marks it dealt with; their keyworker sees it on My caseload.
 */
@Service
@Transactional(readOnly = true)
class DetailsCorrections {

	private static final Logger log = LoggerFactory.getLogger(DetailsCorrections.class);

	private final JdbcClient jdbc;

	private final ServiceUserService people;

	private final AccessPolicy policy;

	private final Clock clock;

	private final Batches batches;

	DetailsCorrections(JdbcClient jdbc, ServiceUserService people, AccessPolicy policy, Clock clock, Batches batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.people = people;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The person, signed in to the portal, says what is wrong. Only ever about their own
	 * record.
	 */
	@Transactional
	void add(KeyworkUser user, ServiceUser me, String whatIsWrong) {
		if (user.getServiceUserId() == null || !user.getServiceUserId().equals(me.getId())) {
			throw new AccessDeniedException("Only the person tells us what is wrong in their own details");
		}
		long id = this.jdbc.sql("""
				insert into details_correction (service_user_id, what_is_wrong, created_at, created_by)
				values (?, ?, ?, ?) returning id
				""")
			.params(me.getId(), whatIsWrong.trim(), Timestamp.from(now()), user.getId())
			.query(Long.class)
			.single();
		log.info("Details correction {} sent by service user {}", id, me.getId());
	}

	/**
	 * What the person told us that nobody has dealt with yet, oldest first (one query).
	 */
	List<Correction> open(Long personId) {
		return open(personId, this.batches.start()).get();
	}

	/** {@link #open(Long)}, read with the rest of the batch. */
	Later<List<Correction>> open(Long personId, Batch batch) {
		return batch.sql("""
				select id, what_is_wrong, created_at from details_correction
				where service_user_id = ? and dealt_with_at is null order by created_at, id
				""")
			.param(personId)
			.query((rs, i) -> new Correction(rs.getLong("id"), rs.getString("what_is_wrong"),
					rs.getTimestamp("created_at").toInstant()));
	}

	/**
	 * A member of staff who may change the person's record marks one of their corrections
	 * dealt with. A correction of someone else, or a person out of reach, is answered as
	 * not found (ADR 001).
	 */
	@Transactional
	void dealtWith(KeyworkUser user, Long personId, Long correctionId) {
		ServiceUser person = this.people.get(user, personId);
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("Read-only access to service user " + personId);
		}
		int found = this.jdbc.sql("""
				update details_correction set dealt_with_at = coalesce(dealt_with_at, ?),
				  dealt_with_by = coalesce(dealt_with_by, ?)
				where id = ? and service_user_id = ?
				""").params(Timestamp.from(now()), user.getId(), correctionId, personId).update();
		if (found == 0) {
			throw new NotFoundException("Details correction", correctionId);
		}
		log.info("Details correction {} of service user {} dealt with by account {}", correctionId, personId,
				user.getId());
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** One thing the person told us is wrong. */
	record Correction(Long id, String whatIsWrong, Instant at) {
	}

}
