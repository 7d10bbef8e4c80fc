package org.keywork.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.keywork.sharing.WithholdReason;
import org.keywork.support.ActionPlanContent;
import org.keywork.support.OverviewContent;
import org.keywork.support.Priority;
import org.keywork.support.SafetyPlanContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every demo person of North Housing First a Support Overview, a Safety &amp;
 * Wellbeing Plan and an Action Plan, written the way the guide asks (person-first,
 * strengths and aspirations alongside needs), so a newcomer sees realistic records at
 * once: some agreed recently, some with their review overdue, a few with two versions.
 * Runs once: it does nothing if any support record exists.
 */
@Component
@Profile("demo")
@Order(2)
class SupportRecordsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SupportRecordsDemoSeeder.class);

	/**
	 * How long ago each person's records were agreed, by position: over ~92 days means
	 * the review is overdue.
	 */
	private static final int[] AGREED_DAYS_AGO = { 40, 125, 18, 130, 9, 110, 60, 26, 140, 45, 12, 100, 70, 33, 150, 21,
			118, 52, 6, 84 };

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	SupportRecordsDemoSeeder(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from support_record").query(Long.class).single() > 0) {
			return;
		}
		List<Person> people = this.jdbc.sql("""
				select su.id, su.legal_name, coalesce(su.keyworker_id, m.id) as author
				from service_user su
				join team t on t.id = su.team_id
				left join lateral (
				  select a.id from account a join account_team at on at.account_id = a.id
				  where at.team_id = t.id and a.role = 'MANAGER' order by a.id limit 1
				) m on true
				where t.name = ?
				order by su.id
				""")
			.param(DemoDataSeeder.NORTH)
			.query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
			.list();
		if (people.isEmpty()) {
			return;
		}
		log.info("Loading demo support records for {} people", people.size());
		for (int i = 0; i < people.size(); i++) {
			seed(people.get(i), i);
		}
	}

	private void seed(Person person, int index) {
		LocalDate today = LocalDate.now(this.clock);
		int daysAgo = AGREED_DAYS_AGO[index % AGREED_DAYS_AGO.length];
		LocalDate agreed = today.minusDays(daysAgo);
		boolean jamie = person.legalName().equals("Jamie Brooks");
		boolean twoVersions = index % 4 == 0;

		OverviewContent overview = jamie ? DemoSupportContent.jamieOverview() : DemoSupportContent.overview(index);
		if (twoVersions) {
			LocalDate first = agreed.minusMonths(4);
			insert(person, "OVERVIEW", 1, earlierOverview(overview), first, "We did this together over two visits.",
					null, first.plusMonths(3));
			insert(person, "OVERVIEW", 2, overview, agreed, "Happy with it. Things have moved on since the last one.",
					null, agreed.plusMonths(3));
		}
		else {
			insert(person, "OVERVIEW", 1, overview, agreed, DemoSupportContent.comment(index), null,
					agreed.plusMonths(3));
		}

		SafetyPlanContent plan = jamie ? DemoSupportContent.jamieSafetyPlan() : DemoSupportContent.safetyPlan(index);
		insert(person, "SAFETY_PLAN", 1, plan, agreed.plusDays(index % 3), null, null,
				agreed.plusDays(index % 3).plusMonths(3));

		ActionPlanContent actions = jamie ? DemoSupportContent.jamieActionPlan(today)
				: DemoSupportContent.actionPlan(index, today);
		insert(person, "ACTION_PLAN", 1, actions, agreed, "These are my goals, in my words.", null,
				agreed.plusMonths(3));

		if (jamie || index % 3 == 1) {
			achievements(person, index, today);
		}
	}

	/** One version, agreed, with its history: started (or review started) and agreed. */
	private void insert(Person person, String kind, int number, Object content, LocalDate agreedOn, String comment,
			WithholdReason withheld, LocalDate reviewDue) {
		Instant started = at(agreedOn.minusDays(10), 10);
		Instant agreed = at(agreedOn, 15);
		long id = this.jdbc.sql("""
				insert into support_record (service_user_id, kind, version_number, status, content, agreed_on,
				  person_comment, review_due, withheld, withheld_reason, created_at, created_by, updated_at, updated_by)
				values (?, ?, ?, 'AGREED', ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id
				""")
			.params(person.id(), kind, number, this.json.writeValueAsString(content), Date.valueOf(agreedOn), comment,
					Date.valueOf(reviewDue), withheld != null, withheld == null ? null : withheld.name(),
					Timestamp.from(started), person.author(), Timestamp.from(agreed), person.author())
			.query(Long.class)
			.single();
		long lockVersion = this.jdbc.sql("select version from support_record where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		event(person, id, kind, number == 1 ? "STARTED" : "REVIEW_STARTED", null, lockVersion, started);
		event(person, id, kind, "AGREED", comment, lockVersion, agreed);
	}

	private void event(Person person, long recordId, String kind, String action, String detail, long lockVersion,
			Instant at) {
		this.jdbc
			.sql("""
					insert into support_record_event (service_user_id, record_id, kind, action, args, lock_version,
					  occurred_at, account_id)
					values (?, ?, ?, ?, case when cast(? as text) is null then '[]'::jsonb else jsonb_build_array(cast(? as text)) end,
					  ?, ?, ?)
					""")
			.params(person.id(), recordId, kind, action, detail, detail, lockVersion, Timestamp.from(at),
					person.author())
			.update();
	}

	private void achievements(Person person, int index, LocalDate today) {
		String[][] rows = {
				{ "Went to the housing office alone to sort out a repair", "Confidence; speaking up for themselves" },
				{ "Cooked a meal for a friend in the new flat", "Hospitality; planning a shop on a budget" },
				{ "Kept every appointment at the GP surgery this month", "Organisation; keeping to a plan" },
				{ "Opened a bank account and set up the rent payment", "Persistence with forms; asking for help" },
				{ "Joined the Tuesday walking group three weeks running", "Commitment; getting to know new people" } };
		int count = 2 + index % 2;
		for (int i = 0; i < count; i++) {
			String[] row = rows[(index + i) % rows.length];
			this.jdbc
				.sql("""
						insert into achievement (service_user_id, achieved_on, description, strengths, created_at, created_by)
						values (?, ?, ?, ?, ?, ?)
						""")
				.params(person.id(), Date.valueOf(today.minusDays(12L + 25L * i + index)), row[0], row[1],
						Timestamp.from(at(today.minusDays(10L + 25L * i + index), 16)), person.author())
				.update();
		}
	}

	// --- Jamie Brooks: the person the demo peer and the demo service user see ---

	/**
	 * The version before: one area fewer, a different priority and shorter aspirations.
	 */
	private OverviewContent earlierOverview(OverviewContent now) {
		OverviewContent before = this.json.readValue(this.json.writeValueAsString(now), OverviewContent.class);
		before.setAspirations("To keep my flat and feel settled.");
		List<OverviewContent.AreaEntry> filled = before.getAreas().stream().filter(a -> !a.isEmpty()).toList();
		if (!filled.isEmpty()) {
			OverviewContent.AreaEntry last = filled.get(filled.size() - 1);
			last.setNeed(null);
			last.setStrengths(null);
			last.setOwnWords(null);
			last.setPriority(Priority.NONE);
			filled.get(0).setPriority(Priority.HIGH);
		}
		return before;
	}

	private Instant at(LocalDate date, int hour) {
		Instant instant = date.atTime(hour, 0).toInstant(ZoneOffset.UTC);
		Instant now = this.clock.instant();
		return instant.isAfter(now) ? now : instant;
	}

	private record Person(long id, String legalName, Long author) {
	}

}
