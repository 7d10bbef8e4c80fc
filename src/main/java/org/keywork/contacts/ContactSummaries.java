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

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly-contact facts (issue 14: only contact by staff counts; a peer's contact is
 * reported separately; each team decides whether text messages count) for many people at
 * once, one grouped query per page (never one per person). For readers who may read every
 * note of these people it counts every note; for anyone else, a restricted note counts
 * only for its author, since when it happened and the next contact it planned are part of
 * what it restricts. Each question also has a form that registers its query in a
 * {@link Batch} (ADR 022), for pages that read many things at once.
 */
@Component
@Transactional(readOnly = true)
public class ContactSummaries {

	private final Batches batches;

	ContactSummaries(Batches batches) {
		this.batches = batches;
	}

	/**
	 * Last successful contact, last attempt and next planned contact, by service-user id
	 * (absent: no notes), from every note: for those who may read all of these people's
	 * notes (their keyworker, their team's managers).
	 */
	public Map<Long, LastContact> forPeople(Collection<Long> serviceUserIds) {
		return forPeople(serviceUserIds, this.batches.start()).get();
	}

	/** {@link #forPeople(Collection)}, its query registered in {@code batch}. */
	public Later<Map<Long, LastContact>> forPeople(Collection<Long> serviceUserIds, Batch batch) {
		return summaries(serviceUserIds, null, batch);
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
	 * {@link #forPersonAsSeenBy(Long, NoteReadRule)}, its query registered in
	 * {@code batch}.
	 */
	public Later<Optional<LastContact>> forPersonAsSeenBy(Long serviceUserId, NoteReadRule reader, Batch batch) {
		return summaries(List.of(serviceUserId), reader, batch)
			.map(summaries -> Optional.ofNullable(summaries.get(serviceUserId)));
	}

	private Later<Map<Long, LastContact>> summaries(Collection<Long> serviceUserIds, NoteReadRule reader, Batch batch) {
		if (serviceUserIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		String readable = reader == null ? "" : " and " + NoteReadRule.predicate();
		// each "last ..." is the newest matching note, read from an index on (person,
		// time
		// desc) that stops at the first match (V122 adds partial ones for the rarer
		// kinds),
		// rather than aggregating every note of every person: a team of 400 has some
		// 40,000 notes (docs/performance.md)
		Batch.Query query = batch.sql("select s.id as service_user_id, " + lastSuccessful(readable) + """
				 as last_successful,
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
						where s.id = any(:ids)
						  and exists (select 1 from contact_note n where n.service_user_id = s.id""" + readable + """
						)
						""")
			.param("ids", serviceUserIds.toArray(Long[]::new));
		if (reader != null) {
			reader.parameters().forEach(query::param);
		}
		return query.query((rs, n) -> {
			java.sql.Date next = rs.getDate("next_planned");
			return new LastContact(rs.getLong("service_user_id"), instant(rs.getTimestamp("last_successful")),
					instant(rs.getTimestamp("last_attempt")), instant(rs.getTimestamp("last_peer_contact")),
					next == null ? null : next.toLocalDate(), instant(rs.getTimestamp("next_planned_on_note_at")));
		}).map(contacts -> {
			Map<Long, LastContact> result = new HashMap<>();
			contacts.forEach(c -> result.put(c.serviceUserId(), c));
			return result;
		});
	}

	/**
	 * Only each person's last successful contact (what the weekly-contact rule counts
	 * from; absent: none), for counting (the team dashboard): one index probe per person
	 * instead of four. Every note counts, as in {@link #forPeople(Collection)}.
	 * ({@code offset 0} keeps PostgreSQL from copying the subquery into the filter, which
	 * ran it twice.)
	 */
	public Later<Map<Long, LastContact>> lastSuccessfulForPeople(Collection<Long> serviceUserIds, Batch batch) {
		if (serviceUserIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		return batch.sql("select * from (select s.id as service_user_id, " + lastSuccessful("") + """
				 as last_successful
				from service_user s join team t on t.id = s.team_id
				where s.id = any(:ids) offset 0) people where last_successful is not null
				""")
			.param("ids", serviceUserIds.toArray(Long[]::new))
			.query((rs, n) -> new LastContact(rs.getLong("service_user_id"),
					instant(rs.getTimestamp("last_successful")), null, null, null, null))
			.map(contacts -> {
				Map<Long, LastContact> result = new HashMap<>();
				contacts.forEach(c -> result.put(c.serviceUserId(), c));
				return result;
			});
	}

	/**
	 * The newest contact by staff that reached the person ({@code s}: the person,
	 * {@code t}: their team), as a scalar subquery; {@code readable}: the reader's rule,
	 * or empty.
	 */
	private static String lastSuccessful(String readable) {
		return """
				(select n.contact_at from contact_note n
				 where n.service_user_id = s.id and n.type <> 'ATTEMPTED_NO_ANSWER' and not n.peer_contact
				   and (t.texts_count or n.type <> 'TEXT_MESSAGE')""" + readable + """
				order by n.contact_at desc limit 1)""";
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * Successful contacts since the given moment, by author, with people in the given
	 * teams (what the team dashboard calls "contacts in the last 7 days"). Counted person
	 * by person (a lateral with its own grouping, which PostgreSQL cannot flatten into a
	 * join) from the index on {@code (service_user_id, contact_at)}, so that the plan
	 * does not depend on how recent {@code since} is: a generic plan (Keywork's
	 * connections plan generically, ADR 023) would otherwise scan every note.
	 */
	public Map<Long, Long> successfulContactsByAuthorSince(Collection<Long> teamIds, Instant since) {
		return successfulContactsByAuthorSince(teamIds, since, this.batches.start()).get();
	}

	/**
	 * {@link #successfulContactsByAuthorSince(Collection, Instant)}, its query registered
	 * in {@code batch}.
	 */
	public Later<Map<Long, Long>> successfulContactsByAuthorSince(Collection<Long> teamIds, Instant since,
			Batch batch) {
		if (teamIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		return batch.sql("""
				select n.author_id, sum(n.notes) from service_user s
				cross join lateral (select n.author_id, count(*) as notes from contact_note n
				                    where n.service_user_id = s.id and n.contact_at >= :since
				                    and n.type <> 'ATTEMPTED_NO_ANSWER' group by n.author_id) n
				where s.team_id = any(:teams)
				group by n.author_id
				""")
			.param("teams", teamIds.toArray(Long[]::new))
			.param("since", Timestamp.from(since))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.map(entries -> {
				Map<Long, Long> result = new HashMap<>();
				entries.forEach(e -> result.put(e.getKey(), e.getValue()));
				return result;
			});
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
