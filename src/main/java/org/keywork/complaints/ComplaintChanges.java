package org.keywork.complaints;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.SharingDecision;
import org.keywork.web.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a person's complaints: staff who may change the record (checked by
 * {@link Complaints#check}) add a complaint, its first response, actions, reflections,
 * the outcome and the learning, each under optimistic locking on the complaint
 * ({@link StaleComplaintException}). Reading them, and who sees what, is
 * {@link Complaints}.
 */
@Service
@Transactional(readOnly = true)
class ComplaintChanges {

	private static final Logger log = LoggerFactory.getLogger(ComplaintChanges.class);

	private final JdbcClient jdbc;

	private final Complaints complaints;

	private final Clock clock;

	private final Dates dates;

	ComplaintChanges(JdbcClient jdbc, Complaints complaints, Clock clock, Dates dates) {
		this.jdbc = jdbc;
		this.complaints = complaints;
		this.clock = clock;
		this.dates = dates;
	}

	@Transactional
	Long add(KeyworkUser user, ServiceUser person, Details d) {
		this.complaints.check(user, person);
		int days = this.jdbc.sql("select working_days from complaint_team_target where team_id = ?")
			.param(person.getTeamId())
			.query(Integer.class)
			.optional()
			.orElse(WorkingDays.DEFAULT);
		Instant due = WorkingDays.after(d.receivedAt().atZone(zone()), days).toInstant();
		Map<String, Object> params = new HashMap<>();
		params.put("person", person.getId());
		params.put("kind", d.kind().name());
		params.put("source", d.source().name());
		params.put("received", Timestamp.from(d.receivedAt().atZone(zone()).toInstant()));
		params.put("said", d.whatWasSaid().strip());
		params.put("name", blankToNull(d.thirdPartyName()));
		params.put("contact", blankToNull(d.thirdPartyContact()));
		params.put("due", Timestamp.from(due));
		params.put("withheld", d.sharing().isWithheld());
		params.put("withheldReason",
				d.sharing().getWithheldReason() == null ? null : d.sharing().getWithheldReason().name());
		params.put("withheldDetail", d.sharing().getWithheldDetail());
		params.put("now", Timestamp.from(now()));
		params.put("by", user.getId());
		Long id = this.jdbc
			.sql("""
					insert into complaint (service_user_id, kind, source, received_at, what_was_said, third_party_name,
					  third_party_contact, response_due_at, withheld, withheld_reason, withheld_detail, created_at, created_by)
					values (:person, :kind, :source, :received, :said, :name, :contact, :due, :withheld, :withheldReason,
					  :withheldDetail, :now, :by)
					returning id
					""")
			.params(params)
			.query(Long.class)
			.single();
		log.info("Complaint {} added for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/** Records (or corrects) the first response. */
	@Transactional
	void respond(KeyworkUser user, ServiceUser person, Long id, long version, LocalDateTime at, String who,
			String done) {
		bump(user, person, id, version, """
				first_response_at = :at, first_response_who = :who, first_response_done = :done
				""",
				Map.of("at", Timestamp.from(at.atZone(zone()).toInstant()), "who", who.strip(), "done", done.strip()),
				false);
		log.info("First response to complaint {} of service user {} recorded by account {}", id, person.getId(),
				user.getId());
	}

	/** Adds an action taken or a reflection with the landlord. */
	@Transactional
	void addEntry(KeyworkUser user, ServiceUser person, Long id, long version, Complaint.EntryKind kind, LocalDate on,
			String attended, String text) {
		bump(user, person, id, version, "", Map.of(), false);
		this.jdbc.sql("""
				insert into complaint_entry (complaint_id, kind, occurred_on, attended, text, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, kind.name(), on, kind == Complaint.EntryKind.REFLECTION ? blankToNull(attended) : null,
					text.strip(), Timestamp.from(now()), user.getId())
			.update();
		log.info("Complaint {} of service user {}: {} added by account {}", id, person.getId(), kind, user.getId());
	}

	/** Records the outcome, which closes the complaint. */
	@Transactional
	void close(KeyworkUser user, ServiceUser person, Long id, long version, Complaint.Outcome outcome, String text) {
		Map<String, Object> params = new HashMap<>();
		params.put("outcome", outcome.name());
		params.put("text", blankToNull(text));
		params.put("closedAt", Timestamp.from(now()));
		params.put("closedBy", user.getId());
		bump(user, person, id, version,
				"outcome = :outcome, outcome_text = :text, closed_at = :closedAt, closed_by = :closedBy", params, true);
		log.info("Complaint {} of service user {} closed by account {}", id, person.getId(), user.getId());
	}

	/** Records (or corrects) what happened and what was learned. */
	@Transactional
	void learn(KeyworkUser user, ServiceUser person, Long id, long version, String happened, String learned) {
		Map<String, Object> params = new HashMap<>();
		params.put("happened", happened.strip());
		params.put("learned", learned.strip());
		params.put("learnedAt", Timestamp.from(now()));
		params.put("learnedBy", user.getId());
		bump(user, person, id, version, """
				learning_happened = :happened, learning_learned = :learned, learning_at = :learnedAt,
				learning_by = :learnedBy
				""", params, false);
		log.info("Learning from complaint {} of service user {} recorded by account {}", id, person.getId(),
				user.getId());
	}

	/**
	 * Changes the complaint under optimistic locking.
	 * @throws StaleComplaintException if it changed since {@code version} was read (or
	 * was closed, when {@code openOnly})
	 */
	private void bump(KeyworkUser user, ServiceUser person, Long id, long version, String set,
			Map<String, Object> params, boolean openOnly) {
		this.complaints.check(user, person);
		int changed = this.jdbc.sql("update complaint set " + (set.isBlank() ? "" : set.strip() + ", ") + """
				changed_at = :changedAt, changed_by = :changedBy, version = version + 1
				where id = :id and service_user_id = :person and version = :version
				""" + (openOnly ? " and closed_at is null" : ""))
			.params(params)
			.param("changedAt", Timestamp.from(now()))
			.param("changedBy", user.getId())
			.param("id", id)
			.param("person", person.getId())
			.param("version", version)
			.update();
		if (changed == 0) {
			this.complaints.get(user, person, id);
			throw new StaleComplaintException(id);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * What staff enter about a new complaint; {@code receivedAt} is local to the service.
	 */
	record Details(Complaint.Kind kind, Complaint.Source source, LocalDateTime receivedAt, String whatWasSaid,
			String thirdPartyName, String thirdPartyContact, SharingDecision sharing) {
	}

	private ZoneId zone() {
		return this.dates.zone();
	}

	private Instant now() {
		return this.clock.instant();
	}

}
