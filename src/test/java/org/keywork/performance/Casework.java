package org.keywork.performance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.keywork.TestUsers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A team of its own with everything a caseload holds, {@code size} of each thing: that
 * many workers and peers; that many people on the worker's caseload, with other
 * keyworkers, and without one; for each person on the caseload that many contact notes of
 * every kind (shared, withheld, restricted, attempted, by a peer), goals with that many
 * steps, safety factors of every kind, plan versions, history events, comments of their
 * own, achievements; and for the first of them ({@link #person}) that many keyworker
 * changes, linked peers, corrections of one note, feedback, keyworker requests and
 * access-log entries ({@link PersonRecords} makes each person's records of every
 * capability, {@link PersonHistory} the first person's history). Built with size 1 and
 * with a larger size, two of these have the same shape and differ only in amounts, so a
 * page that reads a fixed number of statements reads as many for both.
 * <p>
 * People, keyworker changes and peer links go through the application's own forms (they
 * write their history there); the rest is inserted as the application stores it,
 * support-record content written by the application's own content classes.
 */
final class Casework {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	private final MockMvc mvc;

	private final TestUsers users;

	private final JdbcClient jdbc;

	final int size;

	/** Each caseload person's records of every capability. */
	private final PersonRecords records;

	/** Shared by every name in this team, so a search for it finds the team's people. */
	final String tag;

	final long team;

	final String manager;

	/** The keyworker of everyone on {@link #caseload}. */
	final String worker;

	/** A peer linked to everyone on {@link #caseload}. */
	final String peer;

	final List<String> workers = new ArrayList<>();

	final List<String> peers = new ArrayList<>();

	final List<Long> caseload = new ArrayList<>();

	/**
	 * The first person on the caseload; their portal account is {@link #personAccount}.
	 */
	long person;

	String personAccount;

	/** A note of {@link #person}'s that has been corrected {@code size} times. */
	long correctedNote;

	/**
	 * The latest of the team's {@code size} callovers: a decision about everyone on the
	 * caseload and the people of other keyworkers, each with a follow-up for
	 * {@link #worker}; {@link #person} was discussed at every callover.
	 */
	long meeting;

	private final List<Long> others = new ArrayList<>();

	/**
	 * The first of {@code size} groups of the team, run by every worker, with
	 * {@code size} sessions that everyone on the caseload came to.
	 */
	long group;

	/** The latest session of {@link #group}. */
	long groupSession;

	private Casework(MockMvc mvc, TestUsers users, JdbcClient jdbc, JsonMapper json, int size) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
		this.size = size;
		this.tag = "perf" + Long.toString(UNIQUE.incrementAndGet(), 36);
		this.team = this.jdbc.sql("insert into team (name) values (?) returning id")
			.param("Team " + this.tag)
			.query(Long.class)
			.single();
		this.manager = account("manager", "MANAGER", null);
		for (int i = 1; i <= size; i++) {
			this.workers.add(account("worker-" + i, "WORKER", null));
			this.peers.add(account("peer-" + i, "PEER", null));
		}
		this.worker = this.workers.get(0);
		this.peer = this.peers.get(0);
		this.records = new PersonRecords(jdbc, json, size, this.worker);
	}

	static Casework of(int size, MockMvc mvc, TestUsers users, JdbcClient jdbc, JsonMapper json) throws Exception {
		Casework work = new Casework(mvc, users, jdbc, json, size);
		work.people();
		work.person = work.caseload.get(0);
		work.personAccount = work.username("person-1");
		work.correctedNote = new PersonHistory(work, mvc, users, jdbc).of(work.person);
		work.callovers();
		work.groups();
		return work;
	}

	private void people() throws Exception {
		for (int i = 1; i <= this.size; i++) {
			long person = person("Caseload " + i, "ACTIVE", this.worker);
			this.caseload.add(person);
			String own = account("person-" + i, "SERVICE_USER", person);
			linkPeer(person, this.peer);
			notes(person);
			this.records.of(person, own);
		}
		for (int i = 1; i <= this.size; i++) {
			this.others.add(person("Other " + i, "ACTIVE", this.workers.get(i - 1)));
			person("Unassigned " + i, "REFERRED", null);
		}
	}

	/** A person made through the "add a person" form, by the team's worker. */
	private long person(String name, String status, String keyworker) throws Exception {
		String location = this.mvc
			.perform(post("/service-users").with(csrf())
				.with(this.users.as(this.worker))
				.param("legalName", name + " " + this.tag)
				.param("preferredName", name.split(" ")[0] + " " + this.tag)
				.param("teamId", String.valueOf(this.team))
				.param("status", status)
				.param("supportStart", LocalDate.now().minusDays(30).toString())
				.param("keyworkerId", keyworker == null ? "" : String.valueOf(id(keyworker)))
				.param("notADuplicate", "true"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * Contact notes of every kind: shared, withheld from the person, restricted, an
	 * attempt, and a peer's.
	 */
	private void notes(long person) {
		for (int i = 1; i <= this.size; i++) {
			Instant at = Instant.now().minus(i, ChronoUnit.DAYS);
			note(person, this.worker, at, "HOME_VISIT", Map.of("next_contact_on", LocalDate.now().plusDays(i)));
			note(person, this.worker, at.minusSeconds(60), "PHONE_CALL",
					Map.of("shared", false, "withheld_reason", "THIRD_PARTY"));
			note(person, this.manager, at.minusSeconds(120), "OFFICE_MEETING",
					Map.of("restricted", true, "restricted_reason", "Safeguarding enquiry"));
			note(person, this.worker, at.minusSeconds(180), "ATTEMPTED_NO_ANSWER", Map.of());
			note(person, this.peer, at.minusSeconds(240), "INFORMAL_ACTIVITY", Map.of("peer_contact", true));
		}
	}

	long note(long person, String author, Instant at, String type, Map<String, Object> flags) {
		long note = this.jdbc.sql("""
				insert into contact_note (service_user_id, author_id, contact_at, type, note)
				values (?, ?, ?, ?, 'We talked about the week ahead and what would help.') returning id
				""").params(person, id(author), Timestamp.from(at), type).query(Long.class).single();
		if (!flags.isEmpty()) {
			List<Object> values = new ArrayList<>();
			flags.values().forEach(value -> values.add(value instanceof LocalDate date ? Date.valueOf(date) : value));
			values.add(note);
			this.jdbc.sql("update contact_note set " + String.join(" = ?, ", flags.keySet()) + " = ? where id = ?")
				.params(values)
				.update();
		}
		return note;
	}

	/**
	 * {@code size} callovers a week apart; the latest decided about everyone on the
	 * caseload and the other keyworkers' people (a follow-up for {@link #worker} each,
	 * some overdue); {@link #person} was discussed at each one.
	 */
	private void callovers() {
		for (int m = 1; m <= this.size; m++) {
			long meeting = this.jdbc.sql("""
					insert into callover_meeting (team_id, held_on, chaired_by) values (?, current_date - ?, ?)
					returning id
					""").params(this.team, 7 * m, id(this.manager)).query(Long.class).single();
			if (m == 1) {
				this.meeting = meeting;
				List<Long> everyone = new ArrayList<>(this.caseload);
				everyone.addAll(this.others);
				for (int i = 0; i < everyone.size(); i++) {
					decision(meeting, everyone.get(i), this.worker, i - 1);
				}
			}
			else {
				decision(meeting, this.person, null, 0);
			}
		}
	}

	private void decision(long meeting, long person, String followUpBy, int dueInDays) {
		this.jdbc.sql("""
				insert into callover_decision (meeting_id, service_user_id, discussed, agreed, follow_up_by,
				  follow_up_due, recorded_by)
				values (?, ?, 'Housing benefit', 'Call the council', ?, ?, ?)
				""")
			.params(meeting, person, followUpBy == null ? null : id(followUpBy),
					followUpBy == null ? null : java.sql.Date.valueOf(LocalDate.now().plusDays(dueInDays)),
					id(this.manager))
			.update();
	}

	void linkPeer(long person, String peer) throws Exception {
		this.mvc
			.perform(post("/service-users/{id}/peers", person).with(csrf())
				.with(this.users.as(this.worker))
				.param("consent", "true")
				.param("consentGivenOn", "2026-01-01")
				.param("scope", "NOTES")
				.param("peerId", String.valueOf(id(peer))))
			.andExpect(status().isFound());
	}

	/**
	 * An account of this team (staff are members of it), signed in to through
	 * {@link TestUsers#as}.
	 */
	private String account(String name, String role, Long serviceUserId) {
		String username = username(name);
		long account = this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role, service_user_id)
				values (?, ?, 'not-a-password', ?, ?) returning id
				""").params(username, name + " " + this.tag, role, serviceUserId).query(Long.class).single();
		if (serviceUserId == null) {
			this.jdbc.sql("insert into account_team (account_id, team_id) values (?, ?)")
				.params(account, this.team)
				.update();
		}
		return username;
	}

	private String username(String name) {
		return this.tag + "-" + name;
	}

	/**
	 * {@code size} groups; the first ({@link #group}) run by every worker, with
	 * {@code size} sessions that everyone on the caseload came to and the others were
	 * invited to.
	 */
	private void groups() {
		for (int i = 1; i <= this.size; i++) {
			long id = this.jdbc
				.sql("insert into support_group (team_id, title, created_by) values (?, ?, ?) returning id")
				.params(this.team, "Group " + i + " " + this.tag, id(this.worker))
				.query(Long.class)
				.single();
			if (i == 1) {
				this.group = id;
			}
		}
		for (String worker : this.workers) {
			this.jdbc.sql("insert into support_group_facilitator (group_id, account_id) values (?, ?)")
				.params(this.group, id(worker))
				.update();
		}
		for (int i = 1; i <= this.size; i++) {
			this.groupSession = this.jdbc.sql("""
					insert into group_session (group_id, starts_at, place, note, created_by)
					values (?, now() - make_interval(days => ?), 'The hall', 'We cooked together', ?) returning id
					""").params(this.group, this.size + 1 - i, id(this.worker)).query(Long.class).single();
			this.jdbc.sql("""
					insert into group_attendance (session_id, service_user_id, status)
					select ?, s.id, case when s.keyworker_id = ? then 'ATTENDED' else 'APOLOGIES' end
					from service_user s where s.team_id = ?
					""").params(this.groupSession, id(this.worker), this.team).update();
		}
	}

	long id(String username) {
		return this.records.id(username);
	}

}
