package org.keywork.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.sharing.SharingDecision;
import org.keywork.sharing.WithholdReason;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
import org.keywork.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's complaints and incidents. Who sees what (ADR 016, following ADR 008): staff
 * of the person's team everything, withheld complaints only those who see withheld items;
 * the person, in the portal, every complaint not withheld but never who complained (the
 * third-party details); peers nothing. This class answers who may see and change them and
 * reads them; recording a complaint and its steps is {@link ComplaintChanges}. Visibility
 * is applied in SQL; a page is a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class Complaints {

	public static final int PAGE_SIZE = 20;

	private static final String COLUMNS = """
			select c.id, c.service_user_id, c.kind, c.source, c.received_at, c.what_was_said,
			  case when cast(:thirdParty as boolean) then c.third_party_name end as third_party_name,
			  case when cast(:thirdParty as boolean) then c.third_party_contact end as third_party_contact,
			  c.response_due_at, c.first_response_at, c.first_response_who, c.first_response_done, c.outcome,
			  c.outcome_text, c.closed_at, c.learning_happened, c.learning_learned, c.learning_at, c.withheld,
			  case when cast(:withheldToo as boolean) then c.withheld_reason end as withheld_reason,
			  case when cast(:withheldToo as boolean) then c.withheld_detail end as withheld_detail, c.version,
			  (c.closed_at is null and c.first_response_at is null and c.response_due_at < :now) as overdue
			from complaint c
			""";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final Clock clock;

	private final Dates dates;

	private final Batches batches;

	Complaints(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, Clock clock, Dates dates,
			Batches batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
		this.dates = dates;
	}

	/** May this account see the person's complaints at all? Never a peer. */
	boolean canSee(KeyworkUser user, ServiceUser person) {
		return this.policy.canReadHome(user, person);
	}

	boolean canChange(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person);
	}

	boolean seesWithheld(KeyworkUser user, ServiceUser person) {
		return this.policy.seesWithheld(user, person);
	}

	boolean managesTeam(KeyworkUser user, ServiceUser person) {
		return this.policy.managesTeam(user, person.getTeamId());
	}

	/** Who complained is a staff-only detail: the team's staff only. */
	boolean seesThirdParty(KeyworkUser user, ServiceUser person) {
		return this.policy.seesWithheld(user, person);
	}

	/** The person, if the account may see their complaints (404 otherwise). */
	ServiceUser readable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!canSee(user, person)) {
			throw new NotFoundException("Complaints", personId);
		}
		return person;
	}

	/** The person, if the account may change their complaints (404 / 403). */
	ServiceUser changeable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		check(user, person);
		return person;
	}

	ZoneId zone() {
		return this.dates.zone();
	}

	Instant now() {
		return this.clock.instant();
	}

	LocalDateTime localNow() {
		return LocalDateTime.ofInstant(now(), zone());
	}

	/** A page of the person's complaints, open ones first, then the latest received. */
	Page<Complaint> page(KeyworkUser user, ServiceUser person, int page) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		if (!canSee(user, person)) {
			return new PageImpl<>(List.of(), request, 0);
		}
		// the total comes with the rows (a window count over the same filter): one
		// statement;
		// a separate count only for a page past the end
		long[] total = { 0 };
		List<Complaint> list = this.jdbc
			.sql(COLUMNS.replaceFirst("select ", "select count(*) over () as total_rows, ") + """
					where c.service_user_id = :person and (cast(:withheldToo as boolean) or not c.withheld)
					order by c.closed_at is null desc, c.received_at desc, c.id desc limit :limit offset :offset
					""")
			.param("person", person.getId())
			.param("thirdParty", seesThirdParty(user, person))
			.param("withheldToo", seesWithheld(user, person))
			.param("now", Timestamp.from(now()))
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, i) -> {
				total[0] = rs.getLong("total_rows");
				return row(rs, i);
			})
			.list();
		if (list.isEmpty() && request.getOffset() > 0) {
			total[0] = this.jdbc.sql("""
					select count(*) from complaint c
					where c.service_user_id = :person and (cast(:withheldToo as boolean) or not c.withheld)
					""")
				.param("person", person.getId())
				.param("withheldToo", seesWithheld(user, person))
				.query(Long.class)
				.single();
		}
		return new PageImpl<>(list, request, total[0]);
	}

	/** The person's open complaints, the earliest due first (one query). */
	List<Complaint> open(KeyworkUser user, ServiceUser person) {
		return open(user, person, this.batches.start()).get();
	}

	/** The open ones, read with the rest of the batch (one query). */
	Later<List<Complaint>> open(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!canSee(user, person)) {
			return Later.of(List.of());
		}
		return batch.sql(COLUMNS + """
				where c.service_user_id = :person and c.closed_at is null
				  and (cast(:withheldToo as boolean) or not c.withheld)
				order by c.response_due_at, c.id
				""")
			.param("person", person.getId())
			.param("thirdParty", seesThirdParty(user, person))
			.param("withheldToo", seesWithheld(user, person))
			.param("now", Timestamp.from(now()))
			.query(this::row);
	}

	/** Every complaint the account may see, with its entries (two queries). */
	List<Complaint> all(KeyworkUser user, ServiceUser person) {
		if (!canSee(user, person)) {
			return List.of();
		}
		List<Complaint> list = query(user, person, """
				where c.service_user_id = :person and (cast(:withheldToo as boolean) or not c.withheld)
				order by c.closed_at is null desc, c.received_at desc, c.id desc
				""").query(this::row).list();
		if (list.isEmpty()) {
			return list;
		}
		Map<Long, List<Complaint.Entry>> entries = entries(list.stream().map(Complaint::id).toList());
		return list.stream().map(c -> c.withEntries(entries.getOrDefault(c.id(), List.of()))).toList();
	}

	/** One complaint the account may see, with its entries (404 otherwise). */
	Complaint get(KeyworkUser user, ServiceUser person, Long complaintId) {
		if (!canSee(user, person)) {
			throw new NotFoundException("Complaint", complaintId);
		}
		Complaint complaint = query(user, person, """
				where c.id = :id and c.service_user_id = :person and (cast(:withheldToo as boolean) or not c.withheld)
				""").param("id", complaintId)
			.query(this::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Complaint", complaintId));
		return complaint.withEntries(entries(List.of(complaintId)).getOrDefault(complaintId, List.of()));
	}

	private JdbcClient.StatementSpec query(KeyworkUser user, ServiceUser person, String where) {
		return this.jdbc.sql(COLUMNS + where)
			.param("person", person.getId())
			.param("thirdParty", seesThirdParty(user, person))
			.param("withheldToo", seesWithheld(user, person))
			.param("now", Timestamp.from(now()));
	}

	private Map<Long, List<Complaint.Entry>> entries(List<Long> ids) {
		return this.jdbc.sql("""
				select id, complaint_id, kind, occurred_on, attended, text from complaint_entry
				where complaint_id in (:ids) order by occurred_on, id
				""")
			.param("ids", ids)
			.query((rs, i) -> Map.entry(rs.getLong("complaint_id"),
					new Complaint.Entry(rs.getLong("id"), Complaint.EntryKind.valueOf(rs.getString("kind")),
							rs.getObject("occurred_on", LocalDate.class), rs.getString("attended"),
							rs.getString("text"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
	}

	/** 403 unless the account may change the person's complaints. */
	void check(KeyworkUser user, ServiceUser person) {
		if (!canChange(user, person)) {
			throw new AccessDeniedException("Cannot change the complaints of " + person.getId());
		}
	}

	private Complaint row(ResultSet rs, int i) throws SQLException {
		String reason = rs.getString("withheld_reason");
		SharingDecision sharing = rs.getBoolean("withheld")
				? SharingDecision.withheld(reason == null ? WithholdReason.OTHER : WithholdReason.valueOf(reason),
						rs.getString("withheld_detail"))
				: SharingDecision.shared();
		String outcome = rs.getString("outcome");
		return new Complaint(rs.getLong("id"), rs.getLong("service_user_id"),
				Complaint.Kind.valueOf(rs.getString("kind")), Complaint.Source.valueOf(rs.getString("source")),
				instant(rs, "received_at"), rs.getString("what_was_said"), rs.getString("third_party_name"),
				rs.getString("third_party_contact"), instant(rs, "response_due_at"), instant(rs, "first_response_at"),
				rs.getString("first_response_who"), rs.getString("first_response_done"),
				outcome == null ? null : Complaint.Outcome.valueOf(outcome), rs.getString("outcome_text"),
				instant(rs, "closed_at"), rs.getString("learning_happened"), rs.getString("learning_learned"),
				instant(rs, "learning_at"), sharing, rs.getLong("version"), rs.getBoolean("overdue"), List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
