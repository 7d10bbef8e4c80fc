package org.keywork.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.sharing.WithholdReason;
import org.keywork.support.ContentDiff.Change;
import org.keywork.web.Dates;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What changed between two versions of a record, without Spring or a database: a plain
 * JsonMapper, a StaticMessageSource with the few words the diff shows, and the lists'
 * names given by a stand-in.
 */
class ContentDiffTests {

	private final ContentDiff diff = new ContentDiff(JsonMapper.builder().build(), messages(), new Lists(),
			new Dates("Europe/London", Clock.systemUTC()));

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.UK);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void itemsAreMatchedByTheirIdNotTheirPosition() {
		ActionPlanContent before = plan(goal("g1", "Find a home", step("s1", "View a flat")),
				goal("g2", "Open a bank account", step("s2", "Get ID")));
		ActionPlanContent reordered = plan(goal("g2", "Open a bank account", step("s2", "Get ID")),
				goal("g1", "Find a home", step("s1", "View a flat")));
		assertThat(this.diff.between(before, reordered, Set.of())).isEmpty();

		ActionPlanContent changed = plan(goal("g2", "Open a bank account", step("s2", "Get photo ID")),
				goal("g1", "Find a home", step("s1", "View a flat")));
		assertThat(this.diff.between(before, changed, Set.of()))
			.containsExactly(new Change("Open a bank account › Get photo ID", "Step", "Get ID", "Get photo ID"));
	}

	@Test
	void aDateIsShownAsEveryOtherPageShowsIt() {
		ActionPlanContent.Step due = step("s1", "View a flat");
		due.setDue(LocalDate.of(2026, 12, 20));
		assertThat(this.diff.between(plan(goal("g1", "Find a home", step("s1", "View a flat"))),
				plan(goal("g1", "Find a home", due)), Set.of()))
			.containsExactly(new Change("Find a home › View a flat", "By when", null, "20 December 2026"));
	}

	@Test
	void anAddedAndARemovedItemAreNamedAndHaveOneSideEmpty() {
		ActionPlanContent before = plan(goal("g1", "Find a home"));
		ActionPlanContent after = plan(goal("g2", "Open a bank account"));
		List<Change> changes = this.diff.between(before, after, Set.of());
		assertThat(changes).filteredOn(change -> change.field().equals("Goal"))
			.containsExactlyInAnyOrder(new Change("Find a home", "Goal", "Find a home", null),
					new Change("Open a bank account", "Goal", null, "Open a bank account"));
		assertThat(changes).filteredOn(change -> change.item().equals("Find a home")).allMatch(Change::isRemoved);
		assertThat(changes).filteredOn(change -> change.item().equals("Open a bank account")).allMatch(Change::isAdded);
	}

	@Test
	void theFirstVersionIsAllAdded() {
		List<Change> changes = this.diff.between(null, plan(goal("g1", "Find a home")), Set.of());
		assertThat(changes).contains(new Change("Find a home", "Goal", null, "Find a home")).allMatch(Change::isAdded);
	}

	@Test
	void blankAndMissingAreTheSame() {
		OverviewContent before = new OverviewContent();
		before.setAspirations("");
		OverviewContent after = new OverviewContent();
		assertThat(this.diff.between(before, after, Set.of())).isEmpty();
	}

	@Test
	void factorsAreNamedByCategoryAndValuesShownInWords() {
		SafetyPlanContent before = safety(factor(false, null));
		SafetyPlanContent after = safety(factor(true, WithholdReason.THIRD_PARTY));
		assertThat(this.diff.between(before, after, Set.of())).containsExactly(
				new Change("Harm to others: Loud places", "Withheld from the person", "No", "Yes"),
				new Change("Harm to others: Loud places", "Reason for withholding", null, "It is about someone else"));
	}

	@Test
	void withholdingFieldsAreLeftOutWhenAsked() {
		SafetyPlanContent before = safety(factor(false, null));
		SafetyPlanContent after = safety(factor(true, WithholdReason.THIRD_PARTY));
		after.getFactors().get(0).setWithheldDetail("Their brother told us");
		assertThat(this.diff.between(before, after, ContentDiff.WITHHOLDING_FIELDS)).isEmpty();

		after.getFactors().get(0).setTriggers("Crowds");
		assertThat(this.diff.between(before, after, ContentDiff.WITHHOLDING_FIELDS))
			.containsExactly(new Change("Harm to others: Loud places", "triggers", null, "Crowds"));
	}

	@Test
	void lifeAreasAreNamedFromTheLists() {
		OverviewContent before = overview("Help with bills");
		OverviewContent after = overview("Help with bills and debts");
		assertThat(this.diff.between(before, after, Set.of()))
			.containsExactly(new Change("Money", "Support need", "Help with bills", "Help with bills and debts"));
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessages(Map.of("support.field.goal", "Goal", "support.field.what", "Step", "support.field.need",
				"Support need", "support.field.withheld", "Withheld from the person", "support.field.withheldReason",
				"Reason for withholding", "support.value.withheld.true", "Yes", "support.value.withheld.false", "No",
				"sharing.reason.THIRD_PARTY", "It is about someone else"), Locale.UK);
		messages.addMessage("support.field.due", Locale.UK, "By when");
		return messages;
	}

	/** The names the lists would read from the database. */
	static final class Lists extends SupportLists {

		Lists() {
			super(null, null);
		}

		@Override
		public Map<String, String> lifeAreaNames() {
			return Map.of("MONEY", "Money");
		}

		@Override
		public Map<String, String> safetyCategoryNames() {
			return Map.of("HARM_TO_OTHERS", "Harm to others");
		}

	}

	private static ActionPlanContent plan(ActionPlanContent.Goal... goals) {
		ActionPlanContent plan = new ActionPlanContent();
		plan.getGoals().addAll(List.of(goals));
		return plan;
	}

	private static ActionPlanContent.Goal goal(String id, String text, ActionPlanContent.Step... steps) {
		ActionPlanContent.Goal goal = new ActionPlanContent.Goal();
		goal.setId(id);
		goal.setArea("MONEY");
		goal.setGoal(text);
		goal.getSteps().addAll(List.of(steps));
		return goal;
	}

	private static ActionPlanContent.Step step(String id, String what) {
		ActionPlanContent.Step step = new ActionPlanContent.Step();
		step.setId(id);
		step.setWhat(what);
		return step;
	}

	private static SafetyPlanContent safety(SafetyPlanContent.Factor factor) {
		SafetyPlanContent plan = new SafetyPlanContent();
		plan.getFactors().add(factor);
		return plan;
	}

	private static SafetyPlanContent.Factor factor(boolean withheld, WithholdReason reason) {
		SafetyPlanContent.Factor factor = new SafetyPlanContent.Factor();
		factor.setId("factor-1");
		factor.setCategory("HARM_TO_OTHERS");
		factor.setDescription("Loud places");
		factor.setLikelihood(Level.MEDIUM);
		factor.setImpact(Level.LOW);
		factor.setWithheld(withheld);
		factor.setWithheldReason(reason);
		return factor;
	}

	private static OverviewContent overview(String need) {
		OverviewContent overview = new OverviewContent();
		OverviewContent.AreaEntry area = new OverviewContent.AreaEntry();
		area.setId("MONEY");
		area.setNeed(need);
		overview.getAreas().add(area);
		return overview;
	}

}
