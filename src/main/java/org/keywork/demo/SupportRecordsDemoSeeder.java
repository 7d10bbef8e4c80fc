package org.keywork.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.keywork.support.ActionPlanContent;
import org.keywork.support.Level;
import org.keywork.support.OverviewContent;
import org.keywork.support.Priority;
import org.keywork.support.SafetyPlanContent;
import org.keywork.support.StepOwner;
import org.keywork.support.StepStatus;
import org.keywork.support.WithholdReason;
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
 * Gives every demo person of North Housing First a Support Overview, a Safety &amp; Wellbeing Plan and an Action
 * Plan, written the way the guide asks (person-first, strengths and aspirations alongside needs), so a newcomer
 * sees realistic records at once: some agreed recently, some with their review overdue, a few with two versions.
 * Runs once: it does nothing if any support record exists.
 */
@Component
@Profile("demo")
@Order(2)
class SupportRecordsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SupportRecordsDemoSeeder.class);

	/** How long ago each person's records were agreed, by position: over ~92 days means the review is overdue. */
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

		OverviewContent overview = jamie ? jamieOverview() : overview(index);
		if (twoVersions) {
			LocalDate first = agreed.minusMonths(4);
			insert(person, "OVERVIEW", 1, earlierOverview(overview), first, "We did this together over two visits.",
					null, first.plusMonths(3));
			insert(person, "OVERVIEW", 2, overview, agreed,
					"Happy with it. Things have moved on since the last one.", null, agreed.plusMonths(3));
		}
		else {
			insert(person, "OVERVIEW", 1, overview, agreed, comment(index), null, agreed.plusMonths(3));
		}

		SafetyPlanContent plan = jamie ? jamieSafetyPlan() : safetyPlan(index);
		insert(person, "SAFETY_PLAN", 1, plan, agreed.plusDays(index % 3), null, null,
				agreed.plusDays(index % 3).plusMonths(3));

		ActionPlanContent actions = jamie ? jamieActionPlan(today) : actionPlan(index, today);
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
		this.jdbc.sql("""
				insert into support_record_event (service_user_id, record_id, kind, action, detail, lock_version,
				  occurred_at, account_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(person.id(), recordId, kind, action, detail, lockVersion, Timestamp.from(at), person.author())
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
			this.jdbc.sql("""
					insert into achievement (service_user_id, achieved_on, description, strengths, created_at, created_by)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(person.id(), Date.valueOf(today.minusDays(12L + 25L * i + index)), row[0], row[1],
						Timestamp.from(at(today.minusDays(10L + 25L * i + index), 16)), person.author())
				.update();
		}
	}

	// --- Jamie Brooks: the person the demo peer and the demo service user see ---

	private static OverviewContent jamieOverview() {
		OverviewContent o = new OverviewContent();
		o.setAspirations("""
				To feel properly settled in my flat, get back on my bike and see my nephew every week. \
				One day I'd like a job fixing bikes.""");
		area(o, "ACCOMMODATION", "First tenancy in Jamie's own name; wants to understand the tenancy agreement.",
				"Has paid rent on time every month since moving in. Knows the housing officer by name.",
				Priority.MEDIUM, "This is the first place that's felt like mine.");
		area(o, "MONEY", "Deductions from Universal Credit for an old advance leave little for food at month end.",
				"Budgets weekly on paper and sticks to it.", Priority.HIGH, "I hate opening brown envelopes.");
		area(o, "MENTAL_HEALTH", "Low mood in the winter months and poor sleep.",
				"Knows that walking Bruno and being outdoors helps.", Priority.MEDIUM, null);
		area(o, "DRUGS_ALCOHOL", "Drinks more at night when anxious; wants to cut down.",
				"Cut down successfully before with the recovery cafe.", Priority.LOW,
				"I'm doing it for me, not because anyone told me to.");
		area(o, "RELATIONSHIPS", null, "Close to their sister Laura and nephew; good friends from the bike workshop.",
				Priority.NONE, null);
		area(o, "MEANINGFUL_TIME", "Wants something to do during the day.",
				"A skilled mechanic: fixes friends' bikes.", Priority.MEDIUM, "I'm happiest with my hands busy.");
		emptyAreas(o);
		return o;
	}

	private static SafetyPlanContent jamieSafetyPlan() {
		SafetyPlanContent p = new SafetyPlanContent();
		p.setCrisisContacts("""
				Laura Brooks (sister): 07700 900150
				North Housing First out of hours: 07700 900160
				NHS 111, option 2 (mental health crisis)
				Samaritans: 116 123""");
		factor(p, "STAFF_SAFETY", """
				Bruno, Jamie's dog, is protective at the door and has jumped up at visitors. Lone visits are fine \
				when Bruno is in the bedroom.""", "Unannounced visits; loud knocking.", Level.LOW, Level.MEDIUM,
				"Put Bruno in the bedroom when staff text to say they are on the way.",
				"Text before every visit (Jamie prefers texts). Lone working: check in with the office before and after.",
				null, null, null);
		factor(p, "EXPLOITATION", """
				Another resident reports that a neighbour asks Jamie for money on payday and has been seen waiting \
				at the door.""", "Payday; the neighbour knowing when benefits are paid.", Level.MEDIUM, Level.MEDIUM,
				null, """
				Talk with Jamie about money safety in general terms; ask the housing officer about the reports; \
				offer to move the payment date.""", "Housing officer, North Homes.", WithholdReason.THIRD_PARTY,
				"The resident who reported it asked not to be named.");
		factor(p, "OWN_HEALTH", "Drinking more at night when anxious, sometimes with sleeping tablets.",
				"Bad news by post; winter evenings alone.", Level.LOW, Level.HIGH,
				"Text Laura or the keyworker instead of drinking alone; keep tablets in the kitchen.",
				"Check in on Monday mornings; agree a GP review of the tablets.", "GP; recovery cafe on Thursdays.",
				null, null);
		return p;
	}

	private static ActionPlanContent jamieActionPlan(LocalDate today) {
		ActionPlanContent a = new ActionPlanContent();
		ActionPlanContent.Goal bike = goal(a, "MEANINGFUL_TIME", "Get my bike fixed up and ride to the coast this summer",
				"It's what I used to love, and it gets me out of the flat.");
		step(bike, "Ask at the community bike workshop about volunteering", StepOwner.PERSON, null, today.minusDays(30),
				StepStatus.DONE, today.minusDays(33));
		step(bike, "Get a second-hand lock and lights", StepOwner.PERSON, null, today.minusDays(4),
				StepStatus.IN_PROGRESS, null);
		step(bike, "Go on the first group ride together", StepOwner.PEER, null, today.plusDays(14),
				StepStatus.NOT_STARTED, null);
		ActionPlanContent.Goal money = goal(a, "MONEY", "Stop owing money to the DWP",
				"So I can buy proper food at the end of the month.");
		step(money, "Book an appointment with Citizens Advice", StepOwner.KEYWORKER, null, today.minusDays(20),
				StepStatus.DONE, today.minusDays(21));
		step(money, "Take the brown envelopes to the appointment", StepOwner.PERSON, null, today.plusDays(5),
				StepStatus.IN_PROGRESS, null);
		step(money, "Ask for a lower deduction rate", StepOwner.OTHER_AGENCY, "Citizens Advice", today.plusDays(21),
				StepStatus.NOT_STARTED, null);
		ActionPlanContent.Goal sleep = goal(a, "MENTAL_HEALTH", "Sleep better so the days aren't a write-off", null);
		step(sleep, "See the GP about sleep", StepOwner.PERSON, null, today.minusDays(3), StepStatus.NOT_STARTED, null);
		step(sleep, "Try the wind-down routine from the wellbeing group for two weeks", StepOwner.PERSON, null,
				today.plusDays(10), StepStatus.IN_PROGRESS, null);
		return a;
	}

	// --- Everyone else: realistic records put together from a few patterns, different for each person ---

	private static final String[] ASPIRATIONS = {
			"A home I'm proud to invite people to, and a routine that keeps me well.",
			"To be well enough to see my grandchildren and take them to the park.",
			"Get my driving licence back and find work, maybe on a building site again.",
			"Finish my English course and help other people who have just arrived.",
			"Keep my flat, stay off the streets for good and get a cat.",
			"Be part of something: a football team, a choir, anything with other people.",
			"To feel safe at home and stop worrying about every knock at the door.",
			"Cook proper meals again and get my strength back.",
			"Reconnect with my brother and go home for a visit next year.",
			"Go to college and train as a chef." };

	private static final String[][] AREAS = {
			{ "ACCOMMODATION", "Settling into the flat; needs furniture and a cooker.",
					"Keeps the flat clean and tidy; gets on with the neighbours.", "HIGH",
					"I still can't believe I've got my own key." },
			{ "MONEY", "Rent arrears from a previous tenancy; benefits stopped once after a missed appointment.",
					"Keeps every letter in a folder and asks when unsure.", "HIGH", "I want to sort the debt once and for all." },
			{ "PHYSICAL_HEALTH", "Not registered with a GP; painful feet from years of walking.",
					"Walks everywhere and wants to stay active.", "MEDIUM", null },
			{ "MENTAL_HEALTH", "Hears voices at times, especially when tired or stressed.",
					"Has learned what helps: music, routine and a friend to call.", "MEDIUM",
					"When I keep busy the voices are quieter." },
			{ "DRUGS_ALCOHOL", "Uses drugs at weekends; wants to keep it under control.",
					"Has been on a script for a year and collects it every day.", "LOW",
					"I'm not where I was. I want to keep it that way." },
			{ "RELATIONSHIPS", "Lonely in the evenings; most friends are still on the street.",
					"Warm and funny; people like spending time with them.", "MEDIUM", null },
			{ "MEANINGFUL_TIME", "Days feel long with nothing planned.",
					"Good at fixing things; used to volunteer at a food bank.", "MEDIUM",
					"I want a reason to get up in the morning." },
			{ "LIVING_SKILLS", "Has not cooked for years; eats mostly takeaway.", "Keen to learn and asks good questions.",
					"LOW", null },
			{ "LEGAL", "Court date for an old shoplifting charge.", "Has kept in touch with the solicitor.", "MEDIUM",
					"I just want it finished." } };

	private static final String[][] FACTORS = {
			{ "SELF_NEGLECT", "Stops eating and looking after themselves when mood is low.",
					"Dark evenings; missing a payment.", "MEDIUM", "MEDIUM",
					"Tell the keyworker when the fridge is empty; keep tins in the cupboard.",
					"Notice changes at visits; offer a food bank voucher and a GP appointment.", "Food bank; GP." },
			{ "SUBSTANCE_USE", "Risk of overdose after a break from using.", "Getting money in a lump sum; bad news.",
					"LOW", "HIGH", "Carry naloxone; never use alone.", "Check naloxone at each visit; talk through safer use.",
					"Drug and alcohol service; pharmacy." },
			{ "TENANCY_NEIGHBOURS", "Visitors from the old days come round late and neighbours have complained.",
					"Friends knowing the address; weekends.", "MEDIUM", "HIGH",
					"Say no to visitors after 10pm; ring the keyworker if someone won't leave.",
					"Respond to any complaint within two working days; meet the housing officer together.",
					"Housing officer." },
			{ "SELF_HARM", "Has self-harmed in the past when feeling overwhelmed.", "Anniversaries; arguments with family.",
					"LOW", "HIGH", "Use the crisis line and the coping box; tell someone they trust.",
					"Ask directly about how things are; know the crisis team number.",
					"Community mental health team." },
			{ "FIRE_PROPERTY", "Falls asleep while cooking or smoking.", "Tiredness; drinking in the evening.", "MEDIUM",
					"HIGH", "Cook earlier in the evening; smoke on the balcony.",
					"Ask the fire service for a free home safety visit; test the smoke alarm.", "Fire and rescue service." },
			{ "EXPLOITATION", "Someone has been using the flat to store things and asking for favours.",
					"Debts to the wrong people.", "MEDIUM", "HIGH", "Tell the keyworker if anyone pressures them.",
					"Talk about it at every visit; safeguarding referral if it continues.", "Police neighbourhood team." } };

	private static final String[][] GOALS = {
			{ "ACCOMMODATION", "Make the flat feel like home", "I want somewhere I'm happy to be.",
					"Apply to the furniture scheme", "Choose curtains at the charity shop", "Put up photos of the family" },
			{ "MONEY", "Pay off the arrears and stay on top of bills", "So I never lose a home again.",
					"Take the arrears letter to the money adviser", "Set up a payment plan with the council",
					"Check the benefits statement each month" },
			{ "PHYSICAL_HEALTH", "Get my feet sorted so I can walk without pain", "Walking is how I clear my head.",
					"Register with the GP", "Book the podiatry appointment", "Get proper shoes" },
			{ "MEANINGFUL_TIME", "Find something to do on weekdays", "The days are too long.",
					"Visit the community garden with the peer worker", "Try the Wednesday cooking group",
					"Ask about volunteering at the food bank" },
			{ "RELATIONSHIPS", "Get back in touch with my brother", "He's the only family I've got left.",
					"Write a letter together", "Find his address through my aunt", "Phone him on his birthday" },
			{ "LIVING_SKILLS", "Learn to cook five simple meals", "Takeaways cost too much and I feel rubbish.",
					"Go to the shop together with a list", "Cook pasta bake at home", "Try the slow cooker recipe" } };

	private static OverviewContent overview(int index) {
		OverviewContent o = new OverviewContent();
		o.setAspirations(ASPIRATIONS[index % ASPIRATIONS.length]);
		int count = 4 + index % 3;
		List<String[]> chosen = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			chosen.add(AREAS[(index * 2 + i) % AREAS.length]);
		}
		for (String[] row : chosen) {
			area(o, row[0], row[1], row[2], Priority.valueOf(row[3]), row[4]);
		}
		emptyAreas(o);
		return o;
	}

	/** The version before: one area fewer, a different priority and shorter aspirations. */
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

	private static SafetyPlanContent safetyPlan(int index) {
		SafetyPlanContent p = new SafetyPlanContent();
		p.setCrisisContacts("""
				North Housing First out of hours: 07700 900160
				NHS 111, option 2 (mental health crisis)
				Samaritans: 116 123""");
		int count = 1 + index % 3;
		for (int i = 0; i < count; i++) {
			String[] f = FACTORS[(index + i * 2) % FACTORS.length];
			factor(p, f[0], f[1], f[2], Level.valueOf(f[3]), Level.valueOf(f[4]), f[5], f[6], f[7], null, null);
		}
		if (index % 5 == 2) {
			factor(p, "STAFF_SAFETY", "Lives on the top floor of a block with a broken entry phone; visit in daylight.",
					"Evening visits; the stairwell lights are often out.", Level.LOW, Level.MEDIUM,
					"Meet staff at the main door.", "Visit before 4pm; check in with the office after the visit.", null,
					null, null);
		}
		return p;
	}

	private static ActionPlanContent actionPlan(int index, LocalDate today) {
		ActionPlanContent a = new ActionPlanContent();
		int goals = 2 + index % 2;
		StepOwner[] owners = { StepOwner.PERSON, StepOwner.KEYWORKER, StepOwner.PEER };
		for (int g = 0; g < goals; g++) {
			String[] row = GOALS[(index + g * 2) % GOALS.length];
			ActionPlanContent.Goal goal = goal(a, row[0], row[1], row[2]);
			int steps = 2 + (index + g) % 2;
			for (int s = 0; s < steps; s++) {
				int offset = -25 + 15 * s + 3 * ((index + g) % 4);
				StepStatus status = offset < -10 ? StepStatus.DONE
						: ((index + g + s) % 3 == 0 ? StepStatus.IN_PROGRESS : StepStatus.NOT_STARTED);
				step(goal, row[3 + s], owners[(g + s) % owners.length], null, today.plusDays(offset), status,
						status == StepStatus.DONE ? today.plusDays(offset - 2) : null);
			}
		}
		return a;
	}

	private static String comment(int index) {
		String[] comments = { "Yes, that's me.", "Good to see it written down.", null,
				"I'd like to look at the money part again soon.", "Agreed. Can I have a printed copy?" };
		return comments[index % comments.length];
	}

	// --- small builders ---

	private static void area(OverviewContent o, String code, String need, String strengths, Priority priority,
			String ownWords) {
		OverviewContent.AreaEntry entry = new OverviewContent.AreaEntry();
		entry.setId(code);
		entry.setNeed(need);
		entry.setStrengths(strengths);
		entry.setPriority(priority);
		entry.setOwnWords(ownWords);
		o.getAreas().add(entry);
	}

	/** Every other seeded life area, empty, in the configured order after the filled ones. */
	private static void emptyAreas(OverviewContent o) {
		String[] all = { "ACCOMMODATION", "MONEY", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "DRUGS_ALCOHOL",
				"RELATIONSHIPS", "MEANINGFUL_TIME", "LIVING_SKILLS", "SAFETY", "LEGAL" };
		List<OverviewContent.AreaEntry> ordered = new ArrayList<>();
		for (String code : all) {
			OverviewContent.AreaEntry entry = o.area(code).orElseGet(() -> {
				OverviewContent.AreaEntry empty = new OverviewContent.AreaEntry();
				empty.setId(code);
				return empty;
			});
			ordered.add(entry);
		}
		o.setAreas(ordered);
	}

	private static void factor(SafetyPlanContent p, String category, String description, String triggers,
			Level likelihood, Level impact, String personWillDo, String staffWillDo, String othersInvolved,
			WithholdReason withheld, String withheldDetail) {
		SafetyPlanContent.Factor f = new SafetyPlanContent.Factor();
		f.setId(UUID.randomUUID().toString());
		f.setCategory(category);
		f.setDescription(description);
		f.setTriggers(triggers);
		f.setLikelihood(likelihood);
		f.setImpact(impact);
		f.setPersonWillDo(personWillDo);
		f.setStaffWillDo(staffWillDo);
		f.setOthersInvolved(othersInvolved);
		f.setWithheld(withheld != null);
		f.setWithheldReason(withheld);
		f.setWithheldDetail(withheldDetail);
		p.getFactors().add(f);
	}

	private static ActionPlanContent.Goal goal(ActionPlanContent a, String area, String text, String why) {
		ActionPlanContent.Goal goal = new ActionPlanContent.Goal();
		goal.setId(UUID.randomUUID().toString());
		goal.setArea(area);
		goal.setGoal(text);
		goal.setWhyItMatters(why);
		a.getGoals().add(goal);
		return goal;
	}

	private static void step(ActionPlanContent.Goal goal, String what, StepOwner who, String whoOther, LocalDate due,
			StepStatus status, LocalDate completedOn) {
		ActionPlanContent.Step step = new ActionPlanContent.Step();
		step.setId(UUID.randomUUID().toString());
		step.setWhat(what);
		step.setWho(who);
		step.setWhoOther(whoOther);
		step.setDue(due);
		step.setStatus(status);
		step.setCompletedOn(completedOn);
		goal.getSteps().add(step);
	}

	private Instant at(LocalDate date, int hour) {
		Instant instant = date.atTime(hour, 0).toInstant(ZoneOffset.UTC);
		Instant now = this.clock.instant();
		return instant.isAfter(now) ? now : instant;
	}

	private record Person(long id, String legalName, Long author) {
	}

}
