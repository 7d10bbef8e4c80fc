package org.keywork.changecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.sharing.SharingDecision;
import org.keywork.sharing.WithholdReason;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's issues and their stages of change. Reads apply ADR 012 in SQL: nothing
 * without {@link AccessPolicy#canReadOutcomes}, withheld issues only with
 * {@link AccessPolicy#seesWithheld}. Stage entries are only ever added: a wrong entry is
 * put right by a later one (the path keeps both); the one change to an issue, closing it,
 * is made under optimistic locking ({@link StaleIssueException}).
 */
@Service
@Transactional(readOnly = true)
class CycleOfChange {

	private static final Logger log = LoggerFactory.getLogger(CycleOfChange.class);

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final Clock clock;

	private final Batches batches;

	CycleOfChange(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, Clock clock, Batches batches) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
	}

	/** The person, if the account may read their outcomes (404 otherwise, ADR 001). */
	ServiceUser readable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!this.policy.canReadOutcomes(user, person)) {
			throw new NotFoundException("Cycle of Change", personId);
		}
		return person;
	}

	/** The person, if the account may record their stages of change (404 / 403). */
	ServiceUser recordable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!this.policy.canRecordOutcomes(user, person)) {
			throw new AccessDeniedException("Cannot record stages of change for " + personId);
		}
		return person;
	}

	boolean canRecord(KeyworkUser user, ServiceUser person) {
		return this.policy.canRecordOutcomes(user, person);
	}

	boolean seesWithheld(KeyworkUser user, ServiceUser person) {
		return this.policy.seesWithheld(user, person);
	}

	/**
	 * Every issue of the person the reader may see, each with its whole path; one query.
	 * Open issues first, then by when they were named.
	 */
	List<Issue> issues(KeyworkUser user, ServiceUser person) {
		return issues(user, person, this.batches.start()).get();
	}

	/**
	 * Every issue of the person the reader may see, each with its whole path, read with
	 * the rest of the batch (one query). Open issues first, then by when they were named.
	 */
	Later<List<Issue>> issues(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.policy.canReadOutcomes(user, person)) {
			return Later.of(List.of());
		}
		// the rows come in order, each issue's stages after each other: the mapper
		// gathers them into their issue as they come
		Map<Long, IssueRow> issues = new LinkedHashMap<>();
		Later<List<Long>> rows = batch.sql("""
				select i.id, i.name, i.withheld, i.withheld_reason, i.withheld_detail, i.created_at, i.closed_at,
				  i.version, s.id as stage_id, s.stage, s.stage_on, s.their_words, s.contact_note_id, s.recorded_at,
				  s.recorded_by, a.display_name
				from cycle_issue i
				left join cycle_stage s on s.issue_id = i.id
				left join account a on a.id = s.recorded_by
				where i.service_user_id = :person and (cast(:withheldToo as boolean) or not i.withheld)
				order by i.closed_at nulls first, i.created_at, i.id, s.stage_on, s.id
				""")
			.param("person", person.getId())
			.param("withheldToo", this.policy.seesWithheld(user, person))
			.query((rs, n) -> {
				long id = rs.getLong("id");
				IssueRow issue = issues.get(id);
				if (issue == null) {
					issue = new IssueRow(id, rs.getString("name"), sharing(rs), instant(rs, "created_at"),
							instant(rs, "closed_at"), rs.getLong("version"), new ArrayList<>());
					issues.put(id, issue);
				}
				long stageId = rs.getLong("stage_id");
				if (!rs.wasNull()) {
					Stage stage = Stage.valueOf(rs.getString("stage"));
					Stage previous = issue.entries.isEmpty() ? null
							: issue.entries.get(issue.entries.size() - 1).stage();
					long recordedBy = rs.getLong("recorded_by");
					String name = this.policy.mayName(user, person, recordedBy) ? rs.getString("display_name") : null;
					Long note = rs.getObject("contact_note_id", Long.class);
					issue.entries.add(new Issue.Entry(stageId, stage, rs.getObject("stage_on", LocalDate.class),
							rs.getString("their_words"), note, instant(rs, "recorded_at"), name,
							Stage.isForward(previous, stage)));
				}
				return id;
			});
		return rows.map(read -> issues.values()
			.stream()
			.map(r -> new Issue(r.id, r.name, r.sharing, r.createdAt, r.closedAt, r.version, r.entries))
			.toList());
	}

	/** The person's open issues, for a form that records a stage (staff only). */
	List<Issue> openIssues(KeyworkUser user, ServiceUser person) {
		if (!this.policy.canRecordOutcomes(user, person)) {
			return List.of();
		}
		return issues(user, person).stream().filter(Issue::isOpen).toList();
	}

	/** {@link #openIssues(KeyworkUser, ServiceUser)}, read with the rest of the batch. */
	Later<List<Issue>> openIssues(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.policy.canRecordOutcomes(user, person)) {
			return Later.of(List.of());
		}
		return issues(user, person, batch).map(all -> all.stream().filter(Issue::isOpen).toList());
	}

	/** Names a new issue with its first stage. */
	@Transactional
	Long nameIssue(KeyworkUser user, ServiceUser person, String name, SharingDecision sharing, Stage stage,
			LocalDate on, String words) {
		check(user, person);
		Long id = this.jdbc.sql("""
				insert into cycle_issue (service_user_id, name, withheld, withheld_reason, withheld_detail, created_at,
				  created_by)
				values (:person, :name, :withheld, :reason, :detail, :now, :by)
				returning id
				""")
			.param("person", person.getId())
			.param("name", name.strip())
			.param("withheld", sharing.isWithheld())
			.param("reason", sharing.getWithheldReason() == null ? null : sharing.getWithheldReason().name())
			.param("detail", sharing.getWithheldDetail())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.query(Long.class)
			.single();
		insertStage(user, id, stage, on, words, null);
		log.info("Cycle of Change issue {} named for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * Records where the person is now on one of their open issues; {@code contactNoteId}
	 * links it to the note it was recorded with (null if none).
	 * @throws NotFoundException if the issue is not an open issue of this person
	 */
	@Transactional
	void recordStage(KeyworkUser user, ServiceUser person, Long issueId, Stage stage, LocalDate on, String words,
			Long contactNoteId) {
		check(user, person);
		boolean open = issueId != null && this.jdbc.sql("""
				select count(*) from cycle_issue where id = ? and service_user_id = ? and closed_at is null
				""").params(issueId, person.getId()).query(Long.class).single() > 0;
		if (!open) {
			throw new NotFoundException("Cycle of Change issue", issueId);
		}
		insertStage(user, issueId, stage, on, words, contactNoteId);
		log.info("Stage of change recorded on issue {} of service user {} by account {}", issueId, person.getId(),
				user.getId());
	}

	/**
	 * Closes an issue the person no longer works on (the path is kept).
	 * @throws StaleIssueException if it changed since {@code version} was read
	 */
	@Transactional
	void close(KeyworkUser user, ServiceUser person, Long issueId, long version) {
		check(user, person);
		int changed = this.jdbc.sql("""
				update cycle_issue set closed_at = ?, closed_by = ?, version = version + 1
				where id = ? and service_user_id = ? and version = ? and closed_at is null
				""")
			.params(Timestamp.from(this.clock.instant()), user.getId(), issueId, person.getId(), version)
			.update();
		if (changed == 0) {
			boolean exists = this.jdbc.sql("select count(*) from cycle_issue where id = ? and service_user_id = ?")
				.params(issueId, person.getId())
				.query(Long.class)
				.single() > 0;
			if (!exists) {
				throw new NotFoundException("Cycle of Change issue", issueId);
			}
			throw new StaleIssueException(issueId);
		}
		log.info("Cycle of Change issue {} of service user {} closed by account {}", issueId, person.getId(),
				user.getId());
	}

	private void check(KeyworkUser user, ServiceUser person) {
		if (!this.policy.canRecordOutcomes(user, person)) {
			throw new AccessDeniedException("Cannot record stages of change for " + person.getId());
		}
	}

	private void insertStage(KeyworkUser user, Long issueId, Stage stage, LocalDate on, String words,
			Long contactNoteId) {
		this.jdbc.sql("""
				insert into cycle_stage (issue_id, stage, stage_on, their_words, contact_note_id, recorded_at,
				  recorded_by)
				values (:issue, :stage, :on, :words, :note, :now, :by)
				""")
			.param("issue", issueId)
			.param("stage", stage.name())
			.param("on", on)
			.param("words", words == null || words.isBlank() ? null : words.strip())
			.param("note", contactNoteId)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.update();
	}

	private static SharingDecision sharing(ResultSet rs) throws SQLException {
		if (!rs.getBoolean("withheld")) {
			return SharingDecision.shared();
		}
		return SharingDecision.withheld(WithholdReason.valueOf(rs.getString("withheld_reason")),
				rs.getString("withheld_detail"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private record IssueRow(long id, String name, SharingDecision sharing, Instant createdAt, Instant closedAt,
			long version, List<Issue.Entry> entries) {
	}

}
