package org.keywork.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.keywork.sharing.WithholdReason;
import org.keywork.support.ActionPlanContent;
import org.keywork.support.Level;
import org.keywork.support.OverviewContent;
import org.keywork.support.Priority;
import org.keywork.support.SafetyPlanContent;
import org.keywork.support.StepOwner;
import org.keywork.support.StepStatus;

/**
 * The fictional content of the demo support records: Jamie Brooks's hand-written records,
 * and patterns the other North Housing First people's records are put together from.
 */
final class DemoSupportContent {

	private DemoSupportContent() {
	}

	static OverviewContent jamieOverview() {
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
		area(o, "MEANINGFUL_TIME", "Wants something to do during the day.", "A skilled mechanic: fixes friends' bikes.",
				Priority.MEDIUM, "I'm happiest with my hands busy.");
		emptyAreas(o);
		return o;
	}

	static SafetyPlanContent jamieSafetyPlan() {
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
				null,
				"""
						Talk with Jamie about money safety in general terms; ask the housing officer about the reports; \
						offer to move the payment date.""",
				"Housing officer, North Homes.", WithholdReason.THIRD_PARTY,
				"The resident who reported it asked not to be named.");
		factor(p, "OWN_HEALTH", "Drinking more at night when anxious, sometimes with sleeping tablets.",
				"Bad news by post; winter evenings alone.", Level.LOW, Level.HIGH,
				"Text Laura or the keyworker instead of drinking alone; keep tablets in the kitchen.",
				"Check in on Monday mornings; agree a GP review of the tablets.", "GP; recovery cafe on Thursdays.",
				null, null);
		return p;
	}

	static ActionPlanContent jamieActionPlan(LocalDate today) {
		ActionPlanContent a = new ActionPlanContent();
		ActionPlanContent.Goal bike = goal(a, "MEANINGFUL_TIME",
				"Get my bike fixed up and ride to the coast this summer",
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

	// --- Everyone else: realistic records put together from a few patterns, different
	// for each person ---

	private static final String[] ASPIRATIONS = {
			"A home I'm proud to invite people to, and a routine that keeps me well.",
			"To be well enough to see my grandchildren and take them to the park.",
			"Get my driving licence back and find work, maybe on a building site again.",
			"Finish my English course and help other people who have just arrived.",
			"Keep my flat, stay off the streets for good and get a cat.",
			"Be part of something: a football team, a choir, anything with other people.",
			"To feel safe at home and stop worrying about every knock at the door.",
			"Cook proper meals again and get my strength back.",
			"Reconnect with my brother and go home for a visit next year.", "Go to college and train as a chef." };

	private static final String[][] AREAS = {
			{ "ACCOMMODATION", "Settling into the flat; needs furniture and a cooker.",
					"Keeps the flat clean and tidy; gets on with the neighbours.", "HIGH",
					"I still can't believe I've got my own key." },
			{ "MONEY", "Rent arrears from a previous tenancy; benefits stopped once after a missed appointment.",
					"Keeps every letter in a folder and asks when unsure.", "HIGH",
					"I want to sort the debt once and for all." },
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
			{ "LIVING_SKILLS", "Has not cooked for years; eats mostly takeaway.",
					"Keen to learn and asks good questions.", "LOW", null },
			{ "LEGAL", "Court date for an old shoplifting charge.", "Has kept in touch with the solicitor.", "MEDIUM",
					"I just want it finished." } };

	private static final String[][] FACTORS = {
			{ "SELF_NEGLECT", "Stops eating and looking after themselves when mood is low.",
					"Dark evenings; missing a payment.", "MEDIUM", "MEDIUM",
					"Tell the keyworker when the fridge is empty; keep tins in the cupboard.",
					"Notice changes at visits; offer a food bank voucher and a GP appointment.", "Food bank; GP." },
			{ "SUBSTANCE_USE", "Risk of overdose after a break from using.", "Getting money in a lump sum; bad news.",
					"LOW", "HIGH", "Carry naloxone; never use alone.",
					"Check naloxone at each visit; talk through safer use.", "Drug and alcohol service; pharmacy." },
			{ "TENANCY_NEIGHBOURS", "Visitors from the old days come round late and neighbours have complained.",
					"Friends knowing the address; weekends.", "MEDIUM", "HIGH",
					"Say no to visitors after 10pm; ring the keyworker if someone won't leave.",
					"Respond to any complaint within two working days; meet the housing officer together.",
					"Housing officer." },
			{ "SELF_HARM", "Has self-harmed in the past when feeling overwhelmed.",
					"Anniversaries; arguments with family.", "LOW", "HIGH",
					"Use the crisis line and the coping box; tell someone they trust.",
					"Ask directly about how things are; know the crisis team number.",
					"Community mental health team." },
			{ "FIRE_PROPERTY", "Falls asleep while cooking or smoking.", "Tiredness; drinking in the evening.",
					"MEDIUM", "HIGH", "Cook earlier in the evening; smoke on the balcony.",
					"Ask the fire service for a free home safety visit; test the smoke alarm.",
					"Fire and rescue service." },
			{ "EXPLOITATION", "Someone has been using the flat to store things and asking for favours.",
					"Debts to the wrong people.", "MEDIUM", "HIGH", "Tell the keyworker if anyone pressures them.",
					"Talk about it at every visit; safeguarding referral if it continues.",
					"Police neighbourhood team." } };

	private static final String[][] GOALS = {
			{ "ACCOMMODATION", "Make the flat feel like home", "I want somewhere I'm happy to be.",
					"Apply to the furniture scheme", "Choose curtains at the charity shop",
					"Put up photos of the family" },
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

	static OverviewContent overview(int index) {
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

	static SafetyPlanContent safetyPlan(int index) {
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

	static ActionPlanContent actionPlan(int index, LocalDate today) {
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

	static String comment(int index) {
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

	/**
	 * Every other seeded life area, empty, in the configured order after the filled ones.
	 */
	private static void emptyAreas(OverviewContent o) {
		String[] all = { "ACCOMMODATION", "MONEY", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "DRUGS_ALCOHOL", "RELATIONSHIPS",
				"MEANINGFUL_TIME", "LIVING_SKILLS", "SAFETY", "LEGAL" };
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

}
