package org.keywork.performance;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

import org.keywork.sharing.WithholdReason;
import org.keywork.support.ActionPlanContent;
import org.keywork.support.Level;
import org.keywork.support.OverviewContent;
import org.keywork.support.RecordContent;
import org.keywork.support.SafetyPlanContent;
import org.keywork.support.StepOwner;
import org.keywork.support.StepStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link Casework} person's support records, {@code size} of each: agreed versions of
 * the three records with their history events, comments the person added themselves and
 * achievements; content written by the application's own content classes.
 */
final class PersonPlans {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final int size;

	/** The keyworker, who writes and agrees the records. */
	private final String worker;

	/** An account's id by its username. */
	private final ToLongFunction<String> ids;

	PersonPlans(JdbcClient jdbc, JsonMapper json, int size, String worker, ToLongFunction<String> ids) {
		this.jdbc = jdbc;
		this.json = json;
		this.size = size;
		this.worker = worker;
		this.ids = ids;
	}

	/**
	 * The person's records, comments and achievements; {@code own} is their portal
	 * account.
	 */
	void of(long person, String own) {
		records(person, own);
		own(person, own);
		achievements(person);
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
					withheld ? "THIRD_PARTY" : null, this.ids.applyAsLong(this.worker),
					this.ids.applyAsLong(this.worker))
			.query(Long.class)
			.single();
	}

	private void event(long person, long record, String action, String account) {
		this.jdbc.sql("""
				insert into support_record_event (service_user_id, record_id, kind, action, args, lock_version,
				  account_id)
				select service_user_id, id, kind, ?, '["A change"]', version, ? from support_record where id = ?
				""").params(action, this.ids.applyAsLong(account), record).update();
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
						""").params(person, target, this.ids.applyAsLong(account)).update();
			}
		}
	}

	private void achievements(long person) {
		for (int i = 1; i <= this.size; i++) {
			this.jdbc.sql("""
					insert into achievement (service_user_id, achieved_on, description, strengths, created_by)
					values (?, current_date - ?, 'Kept a tenancy appointment', 'Determination', ?)
					""").params(person, i, this.ids.applyAsLong(this.worker)).update();
		}
	}

}
