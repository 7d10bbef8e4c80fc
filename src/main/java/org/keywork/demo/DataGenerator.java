package org.keywork.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.keywork.demo.GenerationPlan.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a large, clearly fictional data set for load and performance work (issue 11),
 * deterministically from a seed: the same preset and seed give the same people, staff,
 * names and numbers of records. Teams, staff and service users are planned in Java and
 * loaded with PostgreSQL {@code COPY ... FROM STDIN} ({@link GeneratedPeople}); the
 * records that hang off them (notes and the access log in {@link GeneratedNotes}, support
 * records in {@link GeneratedSupportRecords}, in {@link GeneratedRecords} readings,
 * housing, appointments, benefits and support levels, and in {@link GeneratedCasework}
 * consent, referrals, preferences, cycle-of-change issues, the person's comments, crisis
 * step-ups, early warnings and callover decisions) are made set-based in SQL with
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

	private final Clock clock;

	private final GeneratedPeople people;

	private final GeneratedNotes notes;

	private final GeneratedSupportRecords supportRecords;

	private final GeneratedRecords records;

	private final GeneratedCasework casework;

	DataGenerator(JdbcClient jdbc, Clock clock, GeneratedPeople people, GeneratedNotes notes,
			GeneratedSupportRecords supportRecords, GeneratedRecords records, GeneratedCasework casework) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.people = people;
		this.notes = notes;
		this.supportRecords = supportRecords;
		this.records = records;
		this.casework = casework;
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
		step(counts, "team", () -> this.people.teams(plan));
		step(counts, "account (staff)", () -> this.people.staff(plan, now));
		step(counts, "service_user", () -> this.people.people(plan, now));
		step(counts, "keyworker_assignment", this.people::keyworkerAssignments);
		step(counts, "account (portal)", () -> this.people.portalAccounts(now));
		step(counts, "peer_link", () -> this.people.peerLinks(plan, today));
		step(counts, "contact_note", () -> this.notes.notes(plan, now));
		step(counts, "contact_note_version", this.notes::versions);
		step(counts, "support_record", () -> this.supportRecords.records(plan, now, today));
		step(counts, "support_record_event", this.supportRecords::events);
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
		step(counts, "share_consent", () -> this.casework.consents(today));
		step(counts, "referral", () -> this.casework.referrals(today));
		step(counts, "engagement_preference", this.casework::preferences);
		step(counts, "engagement_preference_change", this.casework::preferenceChanges);
		step(counts, "cycle_issue", () -> this.casework.cycleIssues(today));
		step(counts, "cycle_stage", () -> this.casework.cycleStages(today));
		step(counts, "record_comment", () -> this.casework.recordComments(now));
		step(counts, "intensity_crisis", () -> this.casework.crises(today, now));
		step(counts, "early_warning", () -> this.casework.earlyWarnings(now));
		step(counts, "early_warning_step", this.casework::earlyWarningSteps);
		step(counts, "callover_meeting", () -> this.casework.calloverMeetings(today));
		step(counts, "callover_decision", () -> this.casework.calloverDecisions(today));
		step(counts, "access_log", () -> this.notes.accessLog(plan, seed));
		// the tables the steps wrote ("account (staff)" is account), and account_team,
		// which the staff step writes with the accounts
		Set<String> tables = new LinkedHashSet<>();
		counts.keySet().forEach(step -> tables.add(step.replaceFirst(" \\(.*\\)$", "")));
		tables.add("account_team");
		for (String table : tables) {
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

	// --- set-based SQL for the records ---

}
