package org.keywork.contacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.NoteReadRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly-contact facts (issue 14: only contact by staff counts; a peer's contact is
 * reported separately; each team decides whether text messages count) for many people at
 * once, one grouped query per page (never one per person). For readers who may read every
 * note of these people it counts every note; for anyone else, a restricted note counts
 * only for its author, since when it happened and the next contact it planned are part of
 * what it restricts.
 */
@Component
@Transactional(readOnly = true)
public class ContactSummaries {

	private final JdbcClient jdbc;

	private final Batches batches;

	ContactSummaries(JdbcClient jdbc, Batches batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Last successful contact, last attempt and next planned contact, by service-user id
	 * (absent: no notes), from every note: for those who may read all of these people's
	 * notes (their keyworker, their team's managers).
	 */
	public Map<Long, LastContact> forPeople(Collection<Long> serviceUserIds) {
		return summaries(serviceUserIds, null);
	}

	/**
	 * The same for one person as a given reader may know it: only the notes the reader
	 * may read count (a restricted note's date and next planned contact are part of what
	 * it restricts).
	 */
	public Optional<LastContact> forPersonAsSeenBy(Long serviceUserId, NoteReadRule reader) {
		return forPersonAsSeenBy(serviceUserId, reader, this.batches.start()).get();
	}

	/**
	 * The same for one person as a given reader may know it, read with the rest of the
	 * batch.
	 */
	public Later<Optional<LastContact>> forPersonAsSeenBy(Long serviceUserId, NoteReadRule reader, Batch batch) {
		return summaries(List.of(serviceUserId), reader, batch).map(found -> found.stream().findFirst());
	}

	private Map<Long, LastContact> summaries(Collection<Long> serviceUserIds, NoteReadRule reader) {
		Map<Long, LastContact> result = new HashMap<>();
		if (serviceUserIds.isEmpty()) {
			return result;
		}
		summaries(serviceUserIds, reader, this.batches.start()).get().forEach(c -> result.put(c.serviceUserId(), c));
		return result;
	}

	private static Later<List<LastContact>> summaries(Collection<Long> serviceUserIds, NoteReadRule reader,
			Batch batch) {
		String readable = reader == null ? "" : " and " + NoteReadRule.predicate();
		// each "last ..." is the newest matching note, read from an index on (person,
		// time
		// desc) that stops at the first match (V122 adds partial ones for the rarer
		// kinds),
		// rather than aggregating every note of every person: a team of 400 has some
		// 40,000 notes (docs/performance.md)
		Batch.Query query = batch.sql("""
				select s.id as service_user_id,
				       (select n.contact_at from contact_note n
				        where n.service_user_id = s.id and n.type <> 'ATTEMPTED_NO_ANSWER' and not n.peer_contact
				          and (t.texts_count or n.type <> 'TEXT_MESSAGE')""" + readable + """
				 order by n.contact_at desc limit 1) as last_successful,
				(select n.contact_at from contact_note n
				 where n.service_user_id = s.id and n.type = 'ATTEMPTED_NO_ANSWER' and not n.peer_contact""" + readable
				+ """
						 order by n.contact_at desc limit 1) as last_attempt,
						(select n.contact_at from contact_note n
						 where n.service_user_id = s.id and n.peer_contact and n.type <> 'ATTEMPTED_NO_ANSWER'"""
				+ readable + """
						        order by n.contact_at desc limit 1) as last_peer_contact,
						       planned.next_contact_on as next_planned, planned.contact_at as next_planned_on_note_at
						from service_user s
						join team t on t.id = s.team_id
						left join lateral (
						  select n.next_contact_on, n.contact_at from contact_note n
						  where n.service_user_id = s.id and n.next_contact_on is not null""" + readable + """
						  order by n.contact_at desc limit 1) planned on true
						where s.id in (:ids)
						  and exists (select 1 from contact_note n where n.service_user_id = s.id""" + readable + """
						)
						""")
			.param("ids", serviceUserIds);
		if (reader != null) {
			reader.parameters().forEach(query::param);
		}
		return query.query((rs, n) -> {
			java.sql.Date next = rs.getDate("next_planned");
			return new LastContact(rs.getLong("service_user_id"), instant(rs.getTimestamp("last_successful")),
					instant(rs.getTimestamp("last_attempt")), instant(rs.getTimestamp("last_peer_contact")),
					next == null ? null : next.toLocalDate(), instant(rs.getTimestamp("next_planned_on_note_at")));
		});
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * Successful contacts since the given moment, by author, with people in the given
	 * teams (what the team dashboard calls "contacts in the last 7 days").
	 */
	public Map<Long, Long> successfulContactsByAuthorSince(Collection<Long> teamIds, Instant since) {
		Map<Long, Long> result = new HashMap<>();
		if (teamIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select n.author_id, count(*) from contact_note n join service_user s on s.id = n.service_user_id
				where s.team_id in (:teams) and n.contact_at >= :since and n.type <> 'ATTEMPTED_NO_ANSWER'
				group by n.author_id
				""")
			.param("teams", teamIds)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/**
	 * @param lastSuccessful the latest contact by staff that reached the person (attempts
	 * excluded; a peer's contact never counts; a text message only where the team counts
	 * texts, {@code team.texts_count}), or null
	 * @param lastAttempt the latest attempted contact by staff with no answer, or null
	 * @param lastPeerContact the latest contact a peer recorded (shown beside the staff
	 * contact, never counted for the weekly rule), or null
	 * @param nextPlanned the next planned contact written on the most recent note that
	 * has one, or null
	 * @param nextPlannedOnNoteAt when the contact on that note took place, or null
	 */
	public record LastContact(Long serviceUserId, Instant lastSuccessful, Instant lastAttempt, Instant lastPeerContact,
			LocalDate nextPlanned, Instant nextPlannedOnNoteAt) {
	}

}
