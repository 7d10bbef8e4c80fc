package org.keywork.performance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.keywork.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the first person of a {@link Casework} caseload has gathered over time,
 * {@code size} of each: keyworker changes (through the manager's form, which writes their
 * history), linked peers, corrections of one note, feedback, keyworker requests and
 * access-log entries.
 */
final class PersonHistory {

	private final Casework work;

	private final MockMvc mvc;

	private final TestUsers users;

	private final JdbcClient jdbc;

	PersonHistory(Casework work, MockMvc mvc, TestUsers users, JdbcClient jdbc) {
		this.work = work;
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * Gives {@code person} their history.
	 * @return the person's note that was corrected {@code size} times
	 */
	long of(long person) throws Exception {
		keyworkerChanges(person);
		for (String peer : this.work.peers.subList(1, this.work.size)) {
			this.work.linkPeer(person, peer);
		}
		long corrected = correctedNote(person);
		feedbackAndRequests(person);
		accessLog(person);
		return corrected;
	}

	/**
	 * {@code size} changes of keyworker through the manager's form, ending with
	 * {@link Casework#worker} again.
	 */
	private void keyworkerChanges(long person) throws Exception {
		for (int i = 1; i <= this.work.size; i++) {
			long next = this.work.id(this.work.workers.get(i % this.work.size));
			Long current = this.jdbc.sql("select keyworker_id from service_user where id = ?")
				.param(person)
				.query(Long.class)
				.list()
				.get(0);
			if (current != null && current == next) {
				// choosing the present keyworker again is refused: nobody for a day first
				changeKeyworker(person, null, "Between keyworkers " + i);
			}
			changeKeyworker(person, next, "Change " + i);
		}
	}

	private void changeKeyworker(long person, Long keyworker, String reason) throws Exception {
		long version = this.jdbc.sql("select version from service_user where id = ?")
			.param(person)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/service-users/{id}/keyworker", person).with(csrf())
				.with(this.users.as(this.work.manager))
				.param("keyworkerId", keyworker == null ? "" : String.valueOf(keyworker))
				.param("reason", reason)
				.param("version", String.valueOf(version)))
			.andExpect(status().isFound());
	}

	/** A shared note by the worker with {@code size} earlier versions. */
	private long correctedNote(long person) {
		long note = this.work.note(person, this.work.worker, Instant.now().minus(2, ChronoUnit.HOURS), "HOME_VISIT",
				Map.of());
		for (int revision = 1; revision <= this.work.size; revision++) {
			this.jdbc.sql("""
					insert into contact_note_version (contact_note_id, revision, recorded_at, recorded_by,
					  correction_reason, contact_at, type, note, shared, restricted, superseded_at, superseded_by)
					select id, ?, now(), author_id, 'A typo', contact_at, type, note, shared, restricted, now(), ?
					from contact_note where id = ?
					""").params(revision, this.work.id(this.work.manager), note).update();
		}
		this.jdbc.sql("update contact_note set revision = ?, corrected_at = now(), corrected_by = ? where id = ?")
			.params(this.work.size + 1, this.work.id(this.work.manager), note)
			.update();
		return note;
	}

	/**
	 * Feedback from the person, and keyworker requests: the last one open, the others
	 * declined.
	 */
	private void feedbackAndRequests(long person) {
		for (int i = 1; i <= this.work.size; i++) {
			this.jdbc
				.sql("""
						insert into feedback (service_user_id, team_id, listened_to, support_when_needed, respected, helping,
						  comment, given_on, account_id)
						values (?, ?, 4, 3, 5, 4, 'Thank you', current_date - ?, ?)
						""")
				.params(person, this.work.team, i * 20, this.work.id(this.work.personAccount))
				.update();
			boolean open = i == this.work.size;
			this.jdbc.sql("""
					insert into keyworker_request (service_user_id, team_id, reason, status, requested_at, requested_by,
					  answered_at, answered_by, answer)
					values (?, ?, 'I would like someone else', ?, now() - make_interval(days => ?), ?, ?, ?, ?)
					""")
				.params(person, this.work.team, open ? "OPEN" : "DECLINED", i, this.work.id(this.work.personAccount),
						open ? null : Timestamp.from(Instant.now()), open ? null : this.work.id(this.work.manager),
						open ? null : "Not at the moment")
				.update();
		}
	}

	private void accessLog(long person) {
		for (int i = 1; i <= this.work.size; i++) {
			for (String account : List.of(this.work.worker, this.work.manager, this.work.peer)) {
				this.jdbc.sql("""
						insert into access_log (account_id, role, team_id, service_user_id, page, occurred_at)
						select a.id, a.role, ?, ?, '/service-users/{id}', now() - make_interval(days => ?)
						from account a where a.id = ?
						""").params(this.work.team, person, i, this.work.id(account)).update();
			}
		}
	}

}
