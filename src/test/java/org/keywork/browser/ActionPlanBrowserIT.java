package org.keywork.browser;

import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A worker writes an Action Plan with a person, on a phone, and takes it through
 * agreement and review.
 */
@KeyworkTest
class ActionPlanBrowserIT extends BrowserTest {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	@Phone
	void workerWritesAgreesAndReviewsAPlanAndSeesWhatChanged() {
		long person = northPerson();
		signIn("worker");
		visit("/service-users/" + person + "/action-plan");
		click("Start an Action Plan");
		assertAccessible(page);

		addGoal("I want to cook for my grandchildren", "Daily living skills");
		addGoal("I want to keep my flat", "Accommodation and tenancy");
		addStep(0, "Buy a slow cooker with the grant");
		addStep(0, "Learn three recipes at the community kitchen");
		addStep(1, "Set up a rent payment plan");
		assertThat(page.getByText("0 of 2 steps done (0%)")).isVisible();
		assertAccessible(page);

		// progress: mark the first step done
		page.getByLabel("Status of Buy a slow cooker with the grant").selectOption("DONE");
		page.locator("#step-" + firstStepId(person) + " button").click();
		assertThat(page.getByText("1 of 2 steps done (50%)")).isVisible();

		click("Agree with the person");
		assertAccessible(page);
		page.getByLabel("What the person said about it (optional)").fill("I like that it starts small");
		click("Agree");
		assertThat(page.getByText("I like that it starts small").first()).isVisible();

		click("Review: start a new version");
		assertThat(page.getByText("Version 2 started as a draft")).isVisible();
		addStep(1, "Ask about the discretionary housing payment");

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Versions and what changed (latest: version 2)"))
			.click();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1").setExact(true)).click();
		assertAccessible(page);
		assertThat(page.getByText("Buy a slow cooker with the grant")).isVisible();
		assertThat(page.getByText("Ask about the discretionary housing payment")).hasCount(0);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All versions")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Changes from version 1 to 2")).click();
		assertAccessible(page);
		assertThat(page.locator("ins").getByText("Ask about the discretionary housing payment")).isVisible();
		assertNoHorizontalScroll();
	}

	@Test
	void aSecondEditorIsToldWhatChangedAndKeepsWhatTheyTyped() {
		long person = northPerson();
		signIn("worker");
		open("/service-users/" + person + "/action-plan");
		click("Start an Action Plan");
		click("Add a goal");
		page.getByLabel("Goal, in the person's own words").fill("Typed by the worker");
		page.getByLabel("Life area").selectOption("MONEY");

		Page manager = secondSession("manager");
		manager.navigate(url("/service-users/" + person + "/action-plan/goals/new"));
		manager.getByLabel("Goal, in the person's own words").fill("Saved first by the manager");
		manager.getByLabel("Life area").selectOption("LEGAL");
		manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(manager.getByText("Goal added", new Page.GetByTextOptions().setExact(true))).isVisible();

		click("Save");
		assertThat(page.getByText("Someone else changed this record while you were working on it")).isVisible();
		assertThat(page.locator("#conflict")).containsText("Added a goal");
		assertThat(page.locator("#conflict")).containsText("Saved first by the manager");
		assertThat(page.getByLabel("Goal, in the person's own words")).hasValue("Typed by the worker");
		assertAccessible(page);
		// saving again, knowingly, keeps both goals
		click("Save");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Typed by the worker")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Saved first by the manager")))
			.isVisible();
	}

	private void addGoal(String goal, String area) {
		click("Add a goal");
		assertAccessible(page);
		page.getByLabel("Goal, in the person's own words").fill(goal);
		page.getByLabel("Life area").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(area));
		click("Save");
		assertThat(page.getByText("Goal added", new Page.GetByTextOptions().setExact(true))).isVisible();
	}

	private void addStep(int goalIndex, String what) {
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Add a step")))
			.nth(goalIndex)
			.click();
		assertAccessible(page);
		page.getByLabel("What the step is").fill(what);
		click("Save");
		assertThat(page.getByText("Step added", new Page.GetByTextOptions().setExact(true))).isVisible();
	}

	private String firstStepId(long person) {
		return jdbc.sql("""
				select content->'goals'->0->'steps'->0->>'id' from support_record
				where service_user_id = ? and kind = 'ACTION_PLAN' order by version_number desc limit 1
				""").param(person).query(String.class).single();
	}

	private long northPerson() {
		long team = ids.north();
		return jdbc.sql("""
				insert into service_user (reference, legal_name, team_id, status)
				values (?, ?, ?, 'ACTIVE') returning id
				""")
			.params("KW-B" + Long.toString(UNIQUE.incrementAndGet(), 36), "Browser Plan Person", team)
			.query(Long.class)
			.single();
	}

}
