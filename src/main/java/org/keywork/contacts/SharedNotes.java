package org.keywork.contacts;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.NoteReadRule;
import org.keywork.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact notes a person can read about themselves, newest first, by
 * {@link NoteReadRule#forThePerson()}: every note shared with them, restricted or not
 * (restricting narrows which staff read a note; only withholding hides it from the
 * person). Never a withheld note or a staff-only detail, whoever asks: callers (the
 * portal) pass only the signed-in person's own id.
 */
@Component
@Transactional(readOnly = true)
public class SharedNotes {

	public static final int PAGE_SIZE = 10;

	private static final NoteReadRule PERSON = NoteReadRule.forThePerson();

	private static final String READABLE = NoteReadRule.predicate();

	private final JdbcClient jdbc;

	SharedNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page<SharedNote> forPerson(Long personId, int page) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		long total = this.jdbc.sql("""
				select count(*) from contact_note n where n.service_user_id = :person and """ + READABLE)
			.param("person", personId)
			.params(PERSON.parameters())
			.query(Long.class)
			.single();
		List<SharedNote> notes = this.jdbc.sql("""
				select n.id, n.contact_at, n.type, n.peer_contact, a.display_name, n.note, n.next_contact_on,
				       n.mi_engaging, n.mi_focusing, n.mi_evoking, n.mi_planning
				from contact_note n join account a on a.id = n.author_id
				where n.service_user_id = :person and """ + READABLE + """
				order by n.contact_at desc, n.id desc limit :limit offset :offset
				""")
			.param("person", personId)
			.params(PERSON.parameters())
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, i) -> {
				Date next = rs.getDate("next_contact_on");
				return new SharedNote(rs.getLong("id"), rs.getTimestamp("contact_at").toInstant(), rs.getString("type"),
						rs.getBoolean("peer_contact"), rs.getString("display_name"), rs.getString("note"),
						next == null ? null : next.toLocalDate(), rs.getString("mi_engaging"),
						rs.getString("mi_focusing"), rs.getString("mi_evoking"), rs.getString("mi_planning"));
			})
			.list();
		return new PageImpl<>(notes, request, total);
	}

	/**
	 * The next contact planned with the person, from today on, as written on the latest
	 * note that plans one. Only notes the person may read count: a date from a note
	 * withheld from them is not shown to them.
	 */
	public Later<Optional<LocalDate>> nextPlanned(Long personId, LocalDate today, Batch batch) {
		Batch.Query query = batch.sql("""
				select n.next_contact_on from contact_note n
				where n.service_user_id = :person and n.next_contact_on >= :today and """ + READABLE + """
				order by n.contact_at desc limit 1
				""").param("person", personId).param("today", Date.valueOf(today));
		PERSON.parameters().forEach(query::param);
		return query.optional((rs, i) -> rs.getDate("next_contact_on").toLocalDate());
	}

	/**
	 * A note as the person reads it, with the motivational-interviewing prompts written
	 * on it.
	 */
	public record SharedNote(Long id, Instant contactAt, String type, boolean peer, String authorName, String note,
			LocalDate nextContactOn, String engaging, String focusing, String evoking, String planning) {
	}

}
