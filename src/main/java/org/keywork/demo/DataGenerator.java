package org.keywork.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.keywork.demo.GenerationPlan.Person;
import org.keywork.demo.GenerationPlan.Plan;
import org.keywork.demo.GenerationPlan.Staff;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a large, clearly fictional data set for load and performance work (issue 11),
 * deterministically from a seed: the same preset and seed give the same people, staff,
 * names and numbers of records. Teams, staff and service users are planned in Java and
 * loaded with PostgreSQL {@code COPY ... FROM STDIN}; the records that hang off them
 * (notes, support records, the access log, and in {@link GeneratedRecords} readings,
 * housing, appointments, benefits and support levels) are made set-based in SQL with
 * {@code generate_series} and {@code hashint8extended(n, seed)} as the random source. It
 * is never row by row. Refuses to run on a database it has already filled (the marker is
 * a team named {@value #MARKER_TEAM}). See docs/performance.md.
 */
@Component
class DataGenerator {

	/** The first generated team: if it exists, this database has been generated into. */
	static final String MARKER_TEAM = "Generated team 1";

	/** The password of every generated account (staff and service users). */
	static final String PASSWORD = "keywork-generated-2026";

	/**
	 * BCrypt (cost 10) of {@link #PASSWORD}, computed once so generation stays fast and
	 * repeatable.
	 */
	static final String PASSWORD_HASH = "{bcrypt}$2a$10$ZYBQFC4N92kYpB2GzE4BnOb52BJIpv9Y4nbyJjdKoUyhM4QP1pqB.";

	/**
	 * {@code Long.MAX_VALUE} as SQL text: {@code hashint8extended(n, seed) & MAX} is a
	 * non-negative random number (shared with {@link GeneratedRecords}).
	 */
	static final String MAX = "9223372036854775807";

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	enum Preset {

		/** The demo data alone: nothing is added. */
		SMALL(0, 0, 0, 0, 0),

		/** For tests: one team of 300 people, 15 staff. */
		TINY(300, 15, 1, 20_000, 20_000),

		/**
		 * A national provider: 30,000 people, 1,500 staff in 75 teams, 3 million notes.
		 */
		NATIONAL(30_000, 1_500, 75, 3_000_000, 3_000_000);

		final int people;

		final int staff;

		final int teams;

		final long notes;

		final long accessLog;

		Preset(int people, int staff, int teams, long notes, long accessLog) {
			this.people = people;
			this.staff = staff;
			this.teams = teams;
			this.notes = notes;
			this.accessLog = accessLog;
		}

		static Preset of(String name) {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		}

	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final JsonMapper json;

	private final Clock clock;

	private final GeneratedRecords records;

	DataGenerator(JdbcClient jdbc, DataSource dataSource, JsonMapper json, Clock clock, GeneratedRecords records) {
		this.records = records;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
		this.clock = clock;
	}

	boolean alreadyGenerated() {
		return this.jdbc.sql("select count(*) from team where name = ?")
			.param(MARKER_TEAM)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Generates the preset into the database in one transaction and returns the number of
	 * rows added per table.
	 * @throws IllegalStateException if this database already holds generated data
	 */
	@Transactional
	public Map<String, Long> generate(Preset preset, long seed) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (preset == Preset.SMALL) {
			return counts;
		}
		if (alreadyGenerated()) {
			throw new IllegalStateException("This database already holds generated data (a team named '" + MARKER_TEAM
					+ "'); generate into a fresh database");
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		Plan plan = GenerationPlan.of(preset, seed, today);
		step(counts, "team", () -> teams(plan));
		step(counts, "account (staff)", () -> staff(plan, now));
		step(counts, "service_user", () -> people(plan, now));
		step(counts, "keyworker_assignment", () -> this.jdbc.sql("""
				insert into keyworker_assignment (service_user_id, keyworker_id, started_at, reason, changed_by)
				select id, keyworker_id, from_at, 'Keyworker at the start of support', manager_id
				from gen_person where keyworker_id is not null order by i
				""").update());
		step(counts, "account (portal)",
				() -> this.jdbc
					.sql("""
							insert into account (username, display_name, password_hash, role, service_user_id, created_at, updated_at)
							select 'gen-person-' || p.i, coalesce(s.preferred_name || ' (generated)', s.legal_name), :hash,
							       'SERVICE_USER', p.id, :now, :now
							from gen_person p join service_user s on s.id = p.id
							where p.status = 'ACTIVE' and p.i % 10 = 3 order by p.i
							""")
					.param("hash", PASSWORD_HASH)
					.param("now", Timestamp.from(now))
					.update());
		step(counts, "peer_link", () -> peerLinks(plan, today));
		step(counts, "contact_note", () -> notes(plan, now));
		step(counts, "contact_note_version",
				() -> this.jdbc
					.sql("""
							insert into contact_note_version (contact_note_id, revision, recorded_at, recorded_by, correction_reason,
							  contact_at, duration_minutes, type, location, others_present, note, next_contact_on, shared,
							  withheld_reason, withheld_detail, restricted, restricted_reason, superseded_at, superseded_by,
							  staff_only_detail, staff_only_reason)
							select n.id, 1, n.created_at, n.author_id, null, n.contact_at, n.duration_minutes, n.type, n.location,
							       n.others_present, 'First wording: ' || n.note, n.next_contact_on, n.shared, n.withheld_reason,
							       n.withheld_detail, n.restricted, n.restricted_reason, n.corrected_at, n.corrected_by,
							       n.staff_only_detail, n.staff_only_reason
							from contact_note n join gen_person p on p.id = n.service_user_id
							where n.revision = 2
							""")
					.update());
		step(counts, "support_record", () -> supportRecords(plan, now, today));
		step(counts, "support_record_event",
				() -> this.jdbc
					.sql("""
							insert into support_record_event (service_user_id, record_id, kind, action, args, lock_version,
							  occurred_at, account_id)
							select r.service_user_id, r.id, r.kind, a.action, '[]'::jsonb, r.version, a.at, r.created_by
							from support_record r join gen_person p on p.id = r.service_user_id
							cross join lateral (values (case when r.version_number = 1 then 'STARTED' else 'REVIEW_STARTED' end,
							                            r.created_at),
							                           (case when r.status = 'AGREED' then 'AGREED' end, r.updated_at)) a (action, at)
							where a.action is not null
							order by r.id, a.at
							""")
					.update());
		step(counts, "star_reading", () -> this.records.starReadings(today));
		step(counts, "star_score", () -> this.records.starScores(seed, today));
		step(counts, "wellbeing_reading", () -> this.records.wellbeing(seed, today));
		step(counts, "wellbeing_answer", () -> this.records.wellbeingAnswers(seed));
		step(counts, "accommodation_episode", () -> this.records.episodes(today));
		step(counts, "landlord", () -> this.records.landlords(now));
		step(counts, "tenancy", this.records::tenancies);
		step(counts, "rent_entry", () -> this.records.rentEntries(today));
		step(counts, "appointment", () -> this.records.appointments(today, now));
		step(counts, "welfare_benefit", () -> this.records.benefits(today));
		step(counts, "welfare_benefit_status", this.records::benefitStatuses);
		step(counts, "intensity_change", () -> this.records.intensityChanges(today));
		step(counts, "access_log",
				() -> this.jdbc
					.sql("""
							insert into access_log (account_id, role, team_id, service_user_id, page, occurred_at)
							select p.author, p.author_role, p.team_id, p.id,
							       (array['/service-users/{id}', '/service-users/{id}/contact-notes', '/service-users/{id}/action-plan',
							              '/service-users/{id}/overview', '/service-users/{id}/safety-plan', '/service-users/{id}/timeline',
							              '/service-users/{id}/outcomes', '/service-users/{id}/accommodation'])[cast(1 + x.h2 %% 8 as integer)],
							       date_trunc('second', p.from_at + (p.to_at - p.from_at) * ((x.h2 / 8 %% 1000000)::float8 / 1000000))
							from (select g, hashint8extended(g, :seed + 10) & %1$s as h1, hashint8extended(g, :seed + 11) & %1$s as h2
							      from generate_series(1, :rows) g) x
							join gen_person p on p.i = 1 + x.h1 %% :people
							"""
						.formatted(MAX))
					.param("seed", seed)
					.param("rows", plan.preset().accessLog)
					.param("people", plan.preset().people)
					.update());
		for (String table : List.of("team", "account", "account_team", "service_user", "keyworker_assignment",
				"peer_link", "contact_note", "contact_note_version", "support_record", "support_record_event",
				"star_reading", "star_score", "wellbeing_reading", "wellbeing_answer", "accommodation_episode",
				"tenancy", "rent_entry", "appointment", "welfare_benefit", "welfare_benefit_status", "intensity_change",
				"access_log")) {
			this.jdbc.sql("analyze " + table).update();
		}
		return counts;
	}

	private void step(Map<String, Long> counts, String table, java.util.function.IntSupplier work) {
		long started = System.nanoTime();
		int rows = work.getAsInt();
		counts.merge(table, (long) rows, Long::sum);
		log.info("Generated {} rows of {} in {} ms", rows, table, (System.nanoTime() - started) / 1_000_000);
	}

	// --- loading: COPY for the planned rows ---

	private int teams(Plan plan) {
		return this.jdbc.sql("""
				insert into team (name, contact_frequency_days, review_interval_months)
				select 'Generated team ' || t, 7, 3 from generate_series(1, :teams) t order by t
				""").param("teams", plan.preset().teams).update();
	}

	private int staff(Plan plan, Instant now) {
		StringBuilder rows = new StringBuilder();
		for (Staff s : plan.staff()) {
			row(rows, s.username(), s.displayName(), PASSWORD_HASH, s.role(), "07700 900000", instant(now),
					instant(now));
		}
		int added = copy("account (username, display_name, password_hash, role, work_phone, created_at, updated_at)",
				rows);
		Map<String, Long> ids = staffIds();
		Map<Integer, Long> teamIds = teamIds();
		StringBuilder links = new StringBuilder();
		for (Staff s : plan.staff()) {
			row(links, String.valueOf(ids.get(s.username())), String.valueOf(teamIds.get(s.team())));
		}
		copy("account_team (account_id, team_id)", links);
		return added;
	}

	private int people(Plan plan, Instant now) {
		Map<String, Long> staff = staffIds();
		Map<Integer, Long> teams = teamIds();
		StringBuilder rows = new StringBuilder();
		for (Person p : plan.people()) {
			long manager = staff.get("gen-manager-" + (p.team() + 1));
			LocalDate createdOn = p.referredOn();
			String created = instant(createdOn.atTime(11, 0).toInstant(ZoneOffset.UTC));
			row(rows, "GEN-%06d".formatted(p.i()), p.legalName(), p.preferredName(), p.pronouns(), p.dob().toString(),
					p.phone(), p.address(), "English", String.valueOf(teams.get(p.team())), p.status(),
					date(p.supportStart()), date(p.supportEnd()),
					p.supportEnd() == null ? null : "Moved on to a home of their own with no ongoing support needs",
					p.keyworker() == null ? null : String.valueOf(staff.get(p.keyworker())), created,
					String.valueOf(manager), created, String.valueOf(manager), p.referredOn().toString());
		}
		int added = copy("""
				service_user (reference, legal_name, preferred_name, pronouns, date_of_birth, phone, address, languages,
				  team_id, status, support_start, support_end, move_on_reason, keyworker_id, created_at, created_by,
				  updated_at, updated_by, referred_on)""", rows);
		this.jdbc
			.sql("""
					create temp table gen_person on commit drop as
					select cast(substr(s.reference, 5) as integer) as i, s.id, s.team_id, s.status, s.keyworker_id,
					       coalesce(s.keyworker_id, s.created_by) as author,
					       case when s.keyworker_id is null then 'MANAGER' else 'WORKER' end as author_role,
					       s.created_by as manager_id,
					       coalesce(s.support_start, s.referred_on) as from_day,
					       cast(coalesce(s.support_start, s.referred_on) as timestamp) at time zone 'UTC' + interval '9 hours'
					         as from_at,
					       coalesce(cast(s.support_end as timestamp) at time zone 'UTC' + interval '17 hours',
					                cast(:now as timestamptz)) as to_at
					from service_user s where s.reference like 'GEN-%'
					""")
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("create index on gen_person (i)").update();
		this.jdbc.sql("analyze gen_person").update();
		return added;
	}

	private int peerLinks(Plan plan, LocalDate today) {
		Map<String, Long> staff = staffIds();
		Map<Integer, Long> person = new java.util.HashMap<>();
		this.jdbc.sql("select i, id from gen_person").query((rs, n) -> person.put(rs.getInt(1), rs.getLong(2))).list();
		StringBuilder rows = new StringBuilder();
		for (int t = 0; t < plan.peersByTeam().length; t++) {
			List<Person> active = plan.people()
				.subList(plan.teamStart()[t], plan.teamStart()[t] + plan.teamSize()[t])
				.stream()
				.filter(p -> p.status().equals("ACTIVE"))
				.toList();
			int next = 0;
			for (int peer : plan.peersByTeam()[t]) {
				long peerId = staff.get("gen-peer-" + peer);
				long manager = staff.get("gen-manager-" + (t + 1));
				for (int k = 0; k < 4 && next < active.size(); k++, next += 5) {
					Person p = active.get(next);
					LocalDate since = today.minusDays(20 + (p.i() % 200));
					row(rows, String.valueOf(person.get(p.i())), String.valueOf(peerId),
							instant(since.atTime(10, 0).toInstant(ZoneOffset.UTC)), String.valueOf(manager),
							since.toString(), String.valueOf(manager), (k % 2 == 0) ? "NOTES" : "ACTION_PLAN");
				}
			}
		}
		return copy("peer_link (service_user_id, peer_id, started_at, created_by, consent_given_on, "
				+ "consent_recorded_by, scope)", rows);
	}

	// --- set-based SQL for the records ---

	private int notes(Plan plan, Instant now) {
		return this.jdbc
			.sql("""
					insert into contact_note (service_user_id, author_id, contact_at, duration_minutes, type, location, note,
					  shared, withheld_reason, withheld_detail, restricted, restricted_reason, revision, created_at,
					  corrected_at, corrected_by, correction_reason, staff_only_detail, staff_only_reason)
					select p.id, p.author, c.at, 5 + x.h2 %% 85,
					       (array['HOME_VISIT', 'PHONE_CALL', 'HOME_VISIT', 'TEXT_MESSAGE', 'OFFICE_MEETING', 'OUTREACH',
					              'INFORMAL_ACTIVITY', 'ACCOMPANIED_APPOINTMENT', 'PHONE_CALL', 'ATTEMPTED_NO_ANSWER'])
					         [cast(1 + x.h2 / 100 %% 10 as integer)],
					       case when x.h2 / 100 %% 10 in (0, 2) then 'At home' end,
					       (array['Talked through the letter from the council and made a plan to ring them together.',
					              'Checked in by phone; things are steady this week and the gas is topped up.',
					              'Went with them to the GP surgery; they spoke for themselves and asked good questions.',
					              'Cooked together and talked about the budget for the fortnight.',
					              'Reviewed the goals on the action plan; two steps done, one moved to next month.',
					              'Met at the cafe; they talked about seeing their sister again and felt hopeful.',
					              'No answer at the door; left a card and sent a text to say we called.',
					              'Helped fill in the benefits form; the evidence is posted and copied.',
					              'Talked about cutting down; they want to try the group on Thursdays.',
					              'Sorted the repair request for the boiler with the landlord.',
					              'Walked to the library and signed up for the computer course.',
					              'A hard week; talked it through and agreed to speak again in two days.'])
					         [cast(1 + x.h3 / 100 %% 12 as integer)] || ' (generated)',
					       not (x.h3 %% 100 between 5 and 8),
					       case when x.h3 %% 100 between 5 and 8 then 'THIRD_PARTY' end,
					       case when x.h3 %% 100 between 5 and 8
					            then 'Names a family member who has not agreed to share (generated)' end,
					       x.h3 %% 100 between 2 and 4,
					       case when x.h3 %% 100 between 2 and 4 then 'Health information shared in confidence (generated)' end,
					       case when x.h3 %% 100 < 2 then 2 else 1 end,
					       least(c.at + interval '2 hours', cast(:now as timestamptz)),
					       case when x.h3 %% 100 < 2 then least(c.at + interval '1 day', cast(:now as timestamptz)) end,
					       case when x.h3 %% 100 < 2 then p.author end,
					       case when x.h3 %% 100 < 2 then 'Put the right date for the next visit (generated)' end,
					       case when x.h3 %% 100 = 9 then 'A neighbour was mentioned by name (generated)' end,
					       case when x.h3 %% 100 = 9 then 'THIRD_PARTY' end
					from (select g, hashint8extended(g, :seed) & %1$s as h1, hashint8extended(g, :seed + 1) & %1$s as h2,
					             hashint8extended(g, :seed + 2) & %1$s as h3
					      from generate_series(1, :notes) g) x
					join gen_person p on p.i = 1 + x.h1 %% :people
					cross join lateral (select date_trunc('minute', p.from_at
					    + (p.to_at - p.from_at) * ((x.h1 / 1000 %% 1000000)::float8 / 1000000)) as at) c
					"""
				.formatted(MAX))
			.param("seed", plan.seed())
			.param("notes", plan.preset().notes)
			.param("people", plan.preset().people)
			.param("now", Timestamp.from(now))
			.update();
	}

	private int supportRecords(Plan plan, Instant now, LocalDate today) {
		this.jdbc.sql("create temp table gen_content (kind varchar(20), variant integer, content jsonb) on commit drop")
			.update();
		for (int v = 0; v < 5; v++) {
			content("OVERVIEW", v, DemoSupportContent.overview(v));
			content("SAFETY_PLAN", v, DemoSupportContent.safetyPlan(v));
			content("ACTION_PLAN", v, DemoSupportContent.actionPlan(v, today));
		}
		// version 1 of each record for everyone (a draft while still referred); for one
		// person in five a reviewed, agreed version 2 of the overview and the action
		// plan;
		// for one in twenty a draft review of the action plan. An agreed record's review
		// is
		// due 13 weeks after it was agreed or, for support that began long ago, on a date
		// spread over the next four months (one in seven up to three weeks overdue), as
		// in
		// a service that keeps up with its reviews: it is not generated as years overdue.
		String insert = """
				insert into support_record (service_user_id, kind, version_number, status, content, agreed_on,
				  person_comment, review_due, withheld, withheld_reason, withheld_detail, created_at, created_by,
				  updated_at, updated_by)
				select p.id, k.kind, %s, s.status, c.content, a.agreed_on, a.comment,
				       case when s.status = 'AGREED' then greatest(a.agreed_on + 91,
				         cast(:today as date) - 21 + (p.i * 37 + length(k.kind)) %% 140) end,
				       w.withheld, case when w.withheld then 'STAFF_SAFETY' end,
				       case when w.withheld then 'About a risk to staff on visits (generated)' end,
				       case when s.status = 'AGREED' then cast(a.agreed_on - 10 as timestamp) at time zone 'UTC'
				            + interval '10 hours' else cast(:now as timestamptz) - interval '2 days' end, p.author,
				       case when s.status = 'AGREED' then cast(a.agreed_on as timestamp) at time zone 'UTC'
				            + interval '15 hours' else cast(:now as timestamptz) - interval '1 day' end, p.author
				from gen_person p
				cross join (values ('OVERVIEW'), ('SAFETY_PLAN'), ('ACTION_PLAN')) k (kind)
				join gen_content c on c.kind = k.kind and c.variant = (p.i + %s) %% 5
				cross join lateral (select %s as status) s
				cross join lateral (select case when s.status = 'AGREED' then %s end as agreed_on,
				                           case when s.status = 'AGREED' and p.i %% 4 = 0
				                                then 'We wrote this together (generated)' end as comment) a
				cross join lateral (select k.kind = 'SAFETY_PLAN' and p.i %% 50 = 7 as withheld) w
				where %s
				order by p.i, k.kind
				""";
		int added = this.jdbc
			.sql(insert.formatted("1", "0", "case when p.status = 'REFERRED' then 'DRAFT' else 'AGREED' end",
					"least(p.from_day + 28, cast(:today as date))", "true"))
			.param("now", Timestamp.from(now))
			.param("today", Date.valueOf(today))
			.update();
		added += this.jdbc
			.sql(insert.formatted("2", "1", "'AGREED'", "p.from_day + 208",
					"p.i % 5 = 1 and p.status <> 'REFERRED' and p.from_day + 208 <= cast(:today as date) "
							+ "and k.kind <> 'SAFETY_PLAN'"))
			.param("now", Timestamp.from(now))
			.param("today", Date.valueOf(today))
			.update();
		added += this.jdbc
			.sql(insert.formatted("3", "2", "'DRAFT'", "null::date",
					"p.i % 20 = 1 and p.status = 'ACTIVE' and p.from_day + 208 <= cast(:today as date) "
							+ "and k.kind = 'ACTION_PLAN'"))
			.param("now", Timestamp.from(now))
			.param("today", Date.valueOf(today))
			.update();
		return added;
	}

	private void content(String kind, int variant, Object content) {
		this.jdbc.sql("insert into gen_content (kind, variant, content) values (?, ?, ?::jsonb)")
			.params(kind, variant, this.json.writeValueAsString(content))
			.update();
	}

	// --- helpers ---

	private Map<String, Long> staffIds() {
		Map<String, Long> ids = new java.util.HashMap<>();
		this.jdbc.sql("select username, id from account where username like 'gen-%' and role <> 'SERVICE_USER'")
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		return ids;
	}

	private Map<Integer, Long> teamIds() {
		Map<Integer, Long> ids = new java.util.HashMap<>();
		this.jdbc.sql("select name, id from team where name like 'Generated team %'")
			.query((rs, n) -> ids.put(Integer.parseInt(rs.getString(1).substring("Generated team ".length())) - 1,
					rs.getLong(2)))
			.list();
		return ids;
	}

	private static String instant(Instant instant) {
		return instant.toString();
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	/**
	 * One row of COPY's text format: tab-separated, \N for null (generated values hold no
	 * tabs or backslashes).
	 */
	private static void row(StringBuilder rows, String... values) {
		for (int v = 0; v < values.length; v++) {
			if (v > 0) {
				rows.append('\t');
			}
			rows.append(values[v] == null ? "\\N" : values[v]);
		}
		rows.append('\n');
	}

	private int copy(String tableAndColumns, CharSequence rows) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			long added = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + tableAndColumns + " from stdin", new StringReader(rows.toString()));
			return (int) added;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY failed: " + tableAndColumns.split(" ")[0], ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
