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

import org.keywork.sharing.WithholdReason;
import org.keywork.TestUsers;
import org.keywork.support.ActionPlanContent;
import org.keywork.support.Level;
import org.keywork.support.OverviewContent;
import org.keywork.support.RecordContent;
import org.keywork.support.SafetyPlanContent;
import org.keywork.support.StepOwner;
import org.keywork.support.StepStatus;
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
 * access-log entries. Built with size 1 and with a larger size, two of these have the
 * same shape and differ only in amounts, so a page that reads a fixed number of
 * statements reads as many for both.
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

	private final JsonMapper json;

	private final int size;

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
		this.json = json;
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
	}

	static Casework of(int size, MockMvc mvc, TestUsers users, JdbcClient jdbc, JsonMapper json) throws Exception {
		Casework work = new Casework(mvc, users, jdbc, json, size);
		work.people();
		work.person = work.caseload.get(0);
		work.personAccount = work.username("person-1");
		work.keyworkerChanges(work.person);
		for (String peer : work.peers.subList(1, size)) {
			work.linkPeer(work.person, peer);
		}
		work.correctedNote = work.correctedNote(work.person);
		work.feedbackAndRequests(work.person);
		work.accessLog(work.person);
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
			records(person, own);
			own(person, own);
			achievements(person);
			cycleOfChange(person);
			intensity(person);
			starReadings(person);
			wellbeing(person, own);
			appointments(person, own);
			consents(person);
			preferences(person, own);
			accommodation(person);
			movingIn(person, own);
			benefits(person);
			complaints(person);
			rent(person);
		}
		for (int i = 1; i <= this.size; i++) {
			this.others.add(person("Other " + i, "ACTIVE", this.workers.get(i - 1)));
			person("Unassigned " + i, "REFERRED", null);
		}
	}

	/**
	 * Consents to share, {@code size} of them, with an agency or someone named; some
	 * expired, some withdrawn.
	 */
	private void consents(long person) {
		for (int i = 1; i <= this.size; i++) {
			this.jdbc
				.sql("""
						insert into share_consent (service_user_id, agency_id, other_party, what, record_kinds, given_on,
						  expires_on, given_how, withdrawn_on)
						values (?, (select min(id) from agency where ? % 2 = 0), case when ? % 2 = 0 then null else 'A friend' end,
						  'Contact details', 'PERSONAL_DETAILS', current_date - ?, current_date + ?, 'VERBAL',
						  case when ? % 3 = 0 then current_date else null end)
						""")
				.params(person, i, i, 100 + i, 20 - i * 3, i)
				.update();
			long referral = this.jdbc.sql("""
					insert into referral (service_user_id, agency_id, reason, referred_on, shares_information, status,
					  withheld, withheld_reason)
					values (?, (select min(id) from agency), 'Help', current_date - ?, false, 'ATTENDING', ?, ?)
					returning id
					""").params(person, i, i % 2 == 0, i % 2 == 0 ? "OTHER" : null).query(Long.class).single();
			this.jdbc.sql("insert into referral_life_area (referral_id, life_area_code) values (?, 'MONEY')")
				.param(referral)
				.update();
			this.jdbc
				.sql("""
						insert into referral_status_change (referral_id, status, changed_on) values (?, 'MADE', current_date),
						  (?, 'ATTENDING', current_date)
						""")
				.params(referral, referral)
				.update();
		}
	}

	/**
	 * Wellbeing readings of both scales, {@code size} of each, every other one withheld;
	 * the person's own account completed some.
	 */
	private void wellbeing(long person, String personAccount) {
		for (int i = 1; i <= this.size; i++) {
			for (String scale : List.of("SWEMWBS", "WEMWBS")) {
				int raw = scale.equals("SWEMWBS") ? 20 + i % 10 : 40 + i % 20;
				boolean withheld = i % 2 == 0;
				this.jdbc.sql("""
						insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total,
						  score, withheld, withheld_reason, created_at, created_by)
						values (?, ?, current_date - ?, ?, ?, ?, ?, ?, now(), ?)
						""")
					.params(person, scale, i * 30, i % 3 == 0 ? "PERSON" : "WORKER", raw,
							org.keywork.wellbeing.WellbeingScoring.score(org.keywork.wellbeing.Scale.valueOf(scale),
									raw),
							withheld, withheld ? "THIRD_PARTY" : null, id(i % 3 == 0 ? personAccount : this.worker))
					.update();
			}
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

	private long note(long person, String author, Instant at, String type, Map<String, Object> flags) {
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
	 * Every record, in {@code size} versions: an Action Plan, a Safety Plan and a
	 * withheld Support Overview.
	 */
	private void records(long person, String personAccount) {
		for (int version = 1; version <= this.size; version++) {
			boolean latest = version == this.size;
			long plan = record(person, "ACTION_PLAN", version, latest, actionPlan(), false);
			long safety = record(person, "SAFETY_PLAN", version, latest, safetyPlan(), false);
			long overview = record(person, "OVERVIEW", version, latest, overview(), true);
			for (long record : List.of(plan, safety, overview)) {
				event(person, record, "AGREED", this.worker);
				event(person, record, "REVIEW_STARTED", this.worker);
				event(person, record, "EDITED", this.worker);
			}
			event(person, plan, "STEP_PROGRESS", personAccount);
		}
	}

	private long record(long person, String kind, int version, boolean latest, RecordContent content,
			boolean withheld) {
		return this.jdbc.sql("""
				insert into support_record (service_user_id, kind, version_number, status, content, agreed_on,
				  review_due, withheld, withheld_reason, created_by, updated_by)
				values (?, ?, ?, 'AGREED', ?::jsonb, current_date - 80, ?, ?, ?, ?, ?) returning id
				""")
			.params(person, kind, version, this.json.writeValueAsString(content),
					Date.valueOf(LocalDate.now().plusDays(latest ? 5 : -200)), withheld,
					withheld ? "THIRD_PARTY" : null, id(this.worker), id(this.worker))
			.query(Long.class)
			.single();
	}

	private void event(long person, long record, String action, String account) {
		this.jdbc.sql("""
				insert into support_record_event (service_user_id, record_id, kind, action, args, lock_version,
				  account_id)
				select service_user_id, id, kind, ?, '["A change"]', version, ? from support_record where id = ?
				""").params(action, id(account), record).update();
	}

	private ActionPlanContent actionPlan() {
		ActionPlanContent plan = new ActionPlanContent();
		for (int g = 1; g <= this.size; g++) {
			ActionPlanContent.Goal goal = new ActionPlanContent.Goal();
			goal.setId("goal-" + g);
			goal.setArea("MONEY");
			goal.setGoal("Goal " + g);
			for (int s = 1; s <= this.size; s++) {
				ActionPlanContent.Step step = new ActionPlanContent.Step();
				step.setId("step-" + g + "-" + s);
				step.setWhat("Step " + s + " of goal " + g);
				step.setWho(s % 2 == 0 ? StepOwner.KEYWORKER : StepOwner.PERSON);
				step.setDue(LocalDate.now().plusDays(s - 2));
				step.setStatus(s % 2 == 0 ? StepStatus.IN_PROGRESS : StepStatus.NOT_STARTED);
				goal.getSteps().add(step);
			}
			plan.getGoals().add(goal);
		}
		return plan;
	}

	/**
	 * Per round, a factor of an ordinary category, a staff-safety one and a withheld one.
	 */
	private SafetyPlanContent safetyPlan() {
		SafetyPlanContent plan = new SafetyPlanContent();
		plan.setCrisisContacts("The team's duty phone");
		for (int i = 1; i <= this.size; i++) {
			plan.getFactors().add(factor("ordinary-" + i, "SELF_NEGLECT", false));
			plan.getFactors().add(factor("staff-" + i, "STAFF_SAFETY", false));
			plan.getFactors().add(factor("withheld-" + i, "HARM_TO_OTHERS", true));
		}
		return plan;
	}

	private static SafetyPlanContent.Factor factor(String id, String category, boolean withheld) {
		SafetyPlanContent.Factor factor = new SafetyPlanContent.Factor();
		factor.setId(id);
		factor.setCategory(category);
		factor.setDescription("Something to keep in mind");
		factor.setLikelihood(Level.MEDIUM);
		factor.setImpact(Level.LOW);
		factor.setWithheld(withheld);
		if (withheld) {
			factor.setWithheldReason(WithholdReason.THIRD_PARTY);
		}
		return factor;
	}

	private static OverviewContent overview() {
		OverviewContent overview = new OverviewContent();
		overview.setAspirations("A place of my own");
		OverviewContent.AreaEntry area = new OverviewContent.AreaEntry();
		area.setId("MONEY");
		area.setNeed("Help with bills");
		overview.getAreas().add(area);
		return overview;
	}

	/**
	 * What the person added themselves, through their account: comments on their plan, a
	 * goal and a step.
	 */
	private void own(long person, String account) {
		for (int i = 1; i <= this.size; i++) {
			for (String target : new String[] { null, "goal-1", "step-1-1" }) {
				this.jdbc.sql("""
						insert into record_comment (service_user_id, kind, target_id, text, author_account_id)
						values (?, 'ACTION_PLAN', ?, 'In my own words', ?)
						""").params(person, target, id(account)).update();
			}
		}
	}

	private void achievements(long person) {
		for (int i = 1; i <= this.size; i++) {
			this.jdbc.sql("""
					insert into achievement (service_user_id, achieved_on, description, strengths, created_by)
					values (?, current_date - ?, 'Kept a tenancy appointment', 'Determination', ?)
					""").params(person, i, id(this.worker)).update();
		}
	}

	/**
	 * {@code size} Cycle of Change issues (the last withheld), each with {@code size}
	 * stages.
	 */
	private void cycleOfChange(long person) {
		String[] stages = { "PRE_CONTEMPLATION", "CONTEMPLATION", "PREPARATION", "ACTION", "LAPSE" };
		for (int i = 1; i <= this.size; i++) {
			long issue = this.jdbc.sql("""
					insert into cycle_issue (service_user_id, name, withheld, withheld_reason, created_by)
					values (?, ?, ?, ?, ?) returning id
					""")
				.params(person, "issue " + i, i == this.size && i > 1, i == this.size && i > 1 ? "THIRD_PARTY" : null,
						id(this.worker))
				.query(Long.class)
				.single();
			for (int j = 1; j <= this.size; j++) {
				this.jdbc.sql("""
						insert into cycle_stage (issue_id, stage, stage_on, their_words, recorded_by)
						values (?, ?, current_date - ?, 'In my words', ?)
						""").params(issue, stages[j % stages.length], 100 - j, id(this.worker)).update();
			}
		}
	}

	/**
	 * Engagement preferences naming {@code size} places to meet (at most six), changed
	 * {@code size} times, every other time by the person.
	 */
	private void preferences(long person, String personAccount) {
		String[] places = { "HOME", "CAFE", "OFFICE", "OUTDOORS", "PHONE", "VIDEO" };
		String meetAt = String.join(",", java.util.Arrays.copyOf(places, Math.min(this.size, places.length)));
		this.jdbc.sql("""
				insert into engagement_preference (service_user_id, meet_at, best_times, style, group_work, changed_at,
				  changed_by)
				values (?, ?, 'Mornings', 'INFORMAL', 'EITHER', now(), ?)
				""").params(person, meetAt, id(this.worker)).update();
		for (int i = 1; i <= this.size; i++) {
			this.jdbc.sql("""
					insert into engagement_preference_change (service_user_id, changed_at, changed_by)
					values (?, now() - make_interval(days => ?), ?)
					""").params(person, i, id(i % 2 == 0 ? personAccount : this.worker)).update();
		}
	}

	/**
	 * {@code size} changes of support level and {@code size} crisis step-ups (all ended
	 * but the last, still in force).
	 */
	private void intensity(long person) {
		String[] levels = { "INTENSIVE", "STANDARD", "LIGHT", "MOVING_ON" };
		for (int i = 1; i <= this.size; i++) {
			this.jdbc.sql("""
					insert into intensity_change (service_user_id, level, reason, changed_at, changed_by)
					values (?, ?, 'Reason', now() - make_interval(days => ?), ?)
					""").params(person, levels[i % levels.length], 200 - i, id(this.worker)).update();
			boolean last = i == this.size;
			this.jdbc.sql("""
					insert into intensity_crisis (service_user_id, reason, starts_on, ends_on, started_at, started_by,
					  ended_on, ended_at, ended_by, end_reason)
					values (?, 'Crisis', current_date - ?, current_date + 5, now() - make_interval(days => ?), ?,
					  ?, ?, ?, ?)
					""")
				.params(person, 100 - i, 100 - i, id(this.worker),
						last ? null : java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(99 - i)),
						last ? null
								: java.sql.Timestamp
									.from(java.time.Instant.now().minus(java.time.Duration.ofDays(99 - i))),
						last ? null : id(this.worker), last ? null : "Better")
				.update();
		}
	}

	/**
	 * {@code size} accommodation episodes, one after the other (every other one
	 * withheld), the last one current.
	 */
	private void accommodation(long person) {
		for (int i = 1; i <= this.size; i++) {
			this.jdbc
				.sql("""
						insert into accommodation_episode (service_user_id, form, address, started_on, ended_on,
						  reason_for_leaving, withheld, withheld_reason, created_by)
						values (?, 'HOSTEL', 'A hostel', current_date - 100 * ?, case when ? then current_date - 100 * ? + 99 end,
						  case when ? then 'Moved on' end, ?, ?, ?)
						""")
				.params(person, this.size - i + 1, i < this.size, this.size - i + 1, i < this.size, i % 2 == 0,
						i % 2 == 0 ? "SERIOUS_HARM" : null, id(this.worker))
				.update();
		}
	}

	/**
	 * A moving-in checklist of {@code size} items, each done by someone else (staff, the
	 * person) or overdue, each with its member of staff to do it.
	 */
	private void movingIn(long person, String personAccount) {
		long checklist = this.jdbc.sql("""
				insert into moving_in_checklist (service_user_id, started_on, started_at, started_by, completed_at)
				values (?, current_date - 30, now(), ?, null) returning id
				""").params(person, id(this.worker)).query(Long.class).single();
		for (int i = 1; i <= this.size; i++) {
			boolean done = i % 2 == 0;
			this.jdbc
				.sql("""
						insert into moving_in_item (checklist_id, service_user_id, position, label, who, who_staff_id, due_on,
						  done_on, done_by, created_at, created_by)
						values (?, ?, ?, 'Something to sort out', 'STAFF', ?, current_date - ?, case when ? then current_date end,
						  ?, now(), ?)
						""")
				.params(checklist, person, i * 10, id(this.worker), i, done,
						done ? id(i % 4 == 0 ? personAccount : this.worker) : null, id(this.worker))
				.update();
		}
	}

	/**
	 * {@code size} welfare benefits (every other one stopped, raising the early warning;
	 * every other one withheld), each with two statuses and a review this week, and an
	 * open early warning with one step of its checklist done.
	 */
	private void benefits(long person) {
		for (int i = 1; i <= this.size; i++) {
			boolean stopped = i % 2 == 1;
			long id = this.jdbc
				.sql("""
						insert into welfare_benefit (service_user_id, benefit, status, status_since, amount, period, review_on,
						  notes, withheld, withheld_reason, created_by)
						values (?, 'UNIVERSAL_CREDIT', ?, current_date - ?, 100.00, 'WEEKLY', current_date + 3, 'A note', ?, ?, ?)
						returning id
						""")
				.params(person, stopped ? "STOPPED" : "AWARDED", i, i % 2 == 0, i % 2 == 0 ? "THIRD_PARTY" : null,
						id(this.worker))
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into welfare_benefit_status (benefit_id, status, status_since, recorded_by)
					values (?, 'APPLYING', current_date - 100, ?), (?, ?, current_date - ?, ?)
					""").params(id, id(this.worker), id, stopped ? "STOPPED" : "AWARDED", i, id(this.worker)).update();
		}
		long warning = this.jdbc
			.sql("insert into early_warning (service_user_id, opened_at, opened_by) values (?, now(), ?) returning id")
			.params(person, id(this.worker))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into early_warning_step (warning_id, step, done, done_on, who, note, recorded_at, recorded_by)
				select ?, s, s = 'TALK', case when s = 'TALK' then current_date end, 'Keyworker', 'A note', now(), ?
				from unnest(array['TALK', 'REPAYMENT_PLAN', 'LANDLORD', 'AUTOMATED_PAYMENT', 'CHECK_BENEFITS']) s
				""").params(warning, id(this.worker)).update();
	}

	/**
	 * {@code size} complaints (every other one withheld, every other one responded to and
	 * closed), each with {@code size} actions.
	 */
	private void complaints(long person) {
		for (int i = 1; i <= this.size; i++) {
			long complaint = this.jdbc.sql("""
					insert into complaint (service_user_id, kind, source, received_at, what_was_said, third_party_name,
					  response_due_at, first_response_at, first_response_who, first_response_done, outcome, closed_at,
					  closed_by, withheld, withheld_reason, created_by)
					values (?, 'COMPLAINT', 'NEIGHBOUR', now() - interval '2 days', 'Noise', 'A neighbour',
					  now() - interval '1 day', case when ? then now() - interval '1 day' end,
					  case when ? then 'Sam' end, case when ? then 'Visited' end, case when ? then 'RESOLVED' end,
					  case when ? then now() end, case when ? then ? end, ?, ?, ?)
					returning id
					""")
				.params(person, i % 2 == 0, i % 2 == 0, i % 2 == 0, i % 2 == 0, i % 2 == 0, i % 2 == 0, id(this.worker),
						i % 2 == 0, i % 2 == 0 ? "THIRD_PARTY" : null, id(this.worker))
				.query(Long.class)
				.single();
			for (int j = 1; j <= this.size; j++) {
				this.jdbc.sql("""
						insert into complaint_entry (complaint_id, kind, occurred_on, text, created_by)
						values (?, 'ACTION', current_date, 'Called', ?)
						""").params(complaint, id(this.worker)).update();
			}
		}
	}

	/**
	 * {@code size} rent charges and as many payments (every other payment cancelled).
	 */
	private void rent(long person) {
		for (int i = 1; i <= this.size; i++) {
			this.jdbc.sql("""
					insert into rent_entry (service_user_id, entry_date, kind, amount, description, source, created_at,
					  created_by)
					values (?, current_date - 7 * ?, 'CHARGE', 96.50, 'Rent', 'HAND', now(), ?)
					""").params(person, i, id(this.worker)).update();
			this.jdbc.sql("""
					insert into rent_entry (service_user_id, entry_date, kind, amount, description, source, created_at,
					  created_by, cancelled_at, cancelled_by, cancel_reason)
					values (?, current_date - 7 * ? + 2, 'PAYMENT', 90.00, 'Payment', 'HAND', now(), ?,
					  case when ? then now() end, case when ? then ? end, case when ? then 'Entered twice' end)
					""")
				.params(person, i, id(this.worker), i % 2 == 0, i % 2 == 0, id(this.worker), i % 2 == 0)
				.update();
		}
	}

	/**
	 * {@code size} coming appointments (every other one withheld, each with a request to
	 * move it from the person) and {@code size} past ones.
	 */
	private void appointments(long person, String personAccount) {
		for (int i = 1; i <= this.size; i++) {
			long coming = this.jdbc.sql("""
					insert into appointment (service_user_id, starts_on, starts_at, place, with_account_id, purpose,
					  withheld, withheld_reason, created_by)
					values (?, current_date + ?, '10:00', 'The office', ?, 'Review', ?, ?, ?) returning id
					""")
				.params(person, i, id(this.worker), i % 2 == 0, i % 2 == 0 ? "THIRD_PARTY" : null, id(this.worker))
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into appointment_move_request (appointment_id, why, would_suit, asked_by)
					values (?, 'Hospital', 'Friday', ?)
					""").params(coming, id(personAccount)).update();
			this.jdbc
				.sql("""
						insert into appointment (service_user_id, starts_on, starts_at, place, with_other, purpose, created_by)
						values (?, current_date - ?, '10:00', 'The café', 'The GP', 'Catch-up', ?)
						""")
				.params(person, i, id(this.worker))
				.update();
		}
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

	/**
	 * {@code size} changes of keyworker through the manager's form, ending with
	 * {@link #worker} again.
	 */
	private void keyworkerChanges(long person) throws Exception {
		for (int i = 1; i <= this.size; i++) {
			String next = this.workers.get(i % this.size);
			long version = this.jdbc.sql("select version from service_user where id = ?")
				.param(person)
				.query(Long.class)
				.single();
			this.mvc
				.perform(post("/service-users/{id}/keyworker", person).with(csrf())
					.with(this.users.as(this.manager))
					.param("keyworkerId", String.valueOf(id(next)))
					.param("reason", "Change " + i)
					.param("version", String.valueOf(version)))
				.andExpect(status().isFound());
		}
	}

	private void linkPeer(long person, String peer) throws Exception {
		this.mvc
			.perform(post("/service-users/{id}/peers", person).with(csrf())
				.with(this.users.as(this.worker))
				.param("consent", "true")
				.param("consentGivenOn", "2026-01-01")
				.param("scope", "NOTES")
				.param("peerId", String.valueOf(id(peer))))
			.andExpect(status().isFound());
	}

	/** A shared note by the worker with {@code size} earlier versions. */
	private long correctedNote(long person) {
		long note = note(person, this.worker, Instant.now().minus(2, ChronoUnit.HOURS), "HOME_VISIT", Map.of());
		for (int revision = 1; revision <= this.size; revision++) {
			this.jdbc.sql("""
					insert into contact_note_version (contact_note_id, revision, recorded_at, recorded_by,
					  correction_reason, contact_at, type, note, shared, restricted, superseded_at, superseded_by)
					select id, ?, now(), author_id, 'A typo', contact_at, type, note, shared, restricted, now(), ?
					from contact_note where id = ?
					""").params(revision, id(this.manager), note).update();
		}
		this.jdbc.sql("update contact_note set revision = ?, corrected_at = now(), corrected_by = ? where id = ?")
			.params(this.size + 1, id(this.manager), note)
			.update();
		return note;
	}

	/**
	 * Feedback from the person, and keyworker requests: the last one open, the others
	 * declined.
	 */
	private void feedbackAndRequests(long person) {
		for (int i = 1; i <= this.size; i++) {
			this.jdbc
				.sql("""
						insert into feedback (service_user_id, team_id, listened_to, support_when_needed, respected, helping,
						  comment, given_on, account_id)
						values (?, ?, 4, 3, 5, 4, 'Thank you', current_date - ?, ?)
						""")
				.params(person, this.team, i * 20, id(this.personAccount))
				.update();
			boolean open = i == this.size;
			this.jdbc.sql("""
					insert into keyworker_request (service_user_id, team_id, reason, status, requested_at, requested_by,
					  answered_at, answered_by, answer)
					values (?, ?, 'I would like someone else', ?, now() - make_interval(days => ?), ?, ?, ?, ?)
					""")
				.params(person, this.team, open ? "OPEN" : "DECLINED", i, id(this.personAccount),
						open ? null : Timestamp.from(Instant.now()), open ? null : id(this.manager),
						open ? null : "Not at the moment")
				.update();
		}
	}

	private void accessLog(long person) {
		for (int i = 1; i <= this.size; i++) {
			for (String account : List.of(this.worker, this.manager, this.peer)) {
				this.jdbc.sql("""
						insert into access_log (account_id, role, team_id, service_user_id, page, occurred_at)
						select a.id, a.role, ?, ?, '/service-users/{id}', now() - make_interval(days => ?)
						from account a where a.id = ?
						""").params(this.team, person, i, id(account)).update();
			}
		}
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
	 * Star readings of the default measure, one a month back from today, every other one
	 * withheld from the person, each with a note per area.
	 */
	private void starReadings(long person) {
		for (int i = 1; i <= this.size; i++) {
			long reading = this.jdbc.sql("""
					insert into star_reading (service_user_id, measure_id, taken_on, withheld, withheld_reason,
					  recorded_by)
					select ?, id, current_date - 30 * ?, ?, ?, ? from star_measure where is_default returning id
					""")
				.params(person, i, i % 2 == 0, i % 2 == 0 ? "THIRD_PARTY" : null, id(this.worker))
				.query(Long.class)
				.single();
			this.jdbc
				.sql("""
						insert into star_score (reading_id, area_id, score, own_score, note)
						select ?, a.id, 1 + (a.position / 10 + ?) % 10, case when ? % 3 = 0 then 5 end, 'Note ' || a.position
						from star_area a join star_measure m on m.id = a.measure_id where m.is_default
						""")
				.params(reading, i, i)
				.update();
		}
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
		return this.jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

}
