package org.keywork.support;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Action Plan and the lifecycle every support record shares: draft, agree, review,
 * versions, changes.
 */
@KeyworkTest
class ActionPlanTests {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	long person;

	@BeforeEach
	void aNewPerson() throws Exception {
		String name = "Plan Person " + Long.toString(UNIQUE.incrementAndGet(), 36);
		String location = mvc
			.perform(post("/service-users").with(csrf())
				.with(users.as("worker"))
				.param("legalName", name)
				.param("teamId", teamId("North Housing First"))
				.param("status", "REFERRED"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		person = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post(plan("/start")).with(csrf()).with(users.as("worker"))).andExpect(status().isFound());
	}

	@Nested
	class Writing {

		@Test
		void goalsAndStepsShowProgressAsStepsAreDone() throws Exception {
			String goal = addGoal("I want my own front door");
			addStep(goal, "Fill in the housing register form");
			addStep(goal, "View the flat on Mill Lane");
			addStep(goal, "Sign the tenancy");
			mvc.perform(get(plan("")).with(users.as("worker")))
				.andExpect(content().string(containsString("I want my own front door")))
				.andExpect(content().string(containsString("0 of 3 steps done (0%)")));
			String step = stepId(0, 0);
			mvc.perform(post(plan("/steps/" + step + "/status")).with(csrf())
				.with(users.as("worker"))
				.param("status", "DONE")
				.param("version", String.valueOf(lockVersion()))).andExpect(status().isFound());
			mvc.perform(get(plan("")).with(users.as("worker")))
				.andExpect(content().string(containsString("1 of 3 steps done (33%)")));
		}

		@Test
		void labellingWordsArePointedOutButTheGoalIsSaved() throws Exception {
			mvc.perform(post(plan("/goals/new")).with(csrf())
				.with(users.as("worker"))
				.param("goal", "Stay well")
				.param("area", "DRUGS_ALCOHOL")
				.param("whyItMatters", "Was an addict for years and wants a change")
				.param("version", String.valueOf(lockVersion())))
				.andExpect(status().isFound())
				.andExpect(flash().attributeExists("languageFlags"));
			assertThat(goalCount()).isEqualTo(1);
		}

		@Test
		void missingGoalTextIsExplainedAndInputKept() throws Exception {
			mvc.perform(post(plan("/goals/new")).with(csrf())
				.with(users.as("worker"))
				.param("goal", "")
				.param("area", "")
				.param("whyItMatters", "Kept words")
				.param("version", String.valueOf(lockVersion())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"#goal\"")))
				.andExpect(content().string(containsString("href=\"#area\"")))
				.andExpect(content().string(containsString("Kept words")));
		}

		@Test
		void aStaleFormIsRefusedWithWhatChangedAndNothingIsLost() throws Exception {
			long opened = lockVersion();
			addGoal("Somebody else's goal");
			mvc.perform(post(plan("/goals/new")).with(csrf())
				.with(users.as("manager"))
				.param("goal", "My typed goal")
				.param("area", "MONEY")
				.param("version", String.valueOf(opened)))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("Someone else changed this record")))
				.andExpect(content().string(containsString("Added a goal")))
				.andExpect(content().string(containsString("Somebody else")))
				.andExpect(content().string(containsString("My typed goal")));
			assertThat(goalCount()).isEqualTo(1);
		}

	}

	@Nested
	class Lifecycle {

		@Test
		void agreeingThenReviewingKeepsVersionOneReadableAndShowsTheDifferences() throws Exception {
			String goal = addGoal("Get back into work");
			addStep(goal, "Update my CV at the library");
			mvc.perform(post(plan("/agree")).with(csrf())
				.with(users.as("worker"))
				.param("agreedOn", "2026-11-01")
				.param("personComment", "This is what I want")
				.param("reviewDue", "2027-02-01")
				.param("version", String.valueOf(lockVersion()))).andExpect(status().isFound());
			mvc.perform(get("/service-users/" + person).with(users.as("worker")))
				.andExpect(content().string(containsString("Action Plan agreed with the person")))
				.andExpect(content().string(containsString("What the person said: This is what I want")));
			// an agreed version cannot be edited: back to the plan with an explanation,
			// nothing changed
			mvc.perform(post(plan("/goals/new")).with(csrf())
				.with(users.as("worker"))
				.param("goal", "Sneaky")
				.param("area", "MONEY")
				.param("version", String.valueOf(lockVersion())))
				.andExpect(status().isFound())
				.andExpect(flash().attributeExists("flashNotice"));
			assertThat(goalCount()).isEqualTo(1);
			mvc.perform(post(plan("/review")).with(csrf())
				.with(users.as("worker"))
				.param("version", String.valueOf(lockVersion()))).andExpect(status().isFound());
			addStep(goal, "Ask the job centre about volunteering");

			mvc.perform(get(plan("/versions")).with(users.as("worker")))
				.andExpect(content().string(containsString("Version 1")))
				.andExpect(content().string(containsString("Version 2")));
			mvc.perform(get(plan("/versions/1")).with(users.as("worker")))
				.andExpect(content().string(containsString("Update my CV at the library")))
				.andExpect(content().string(not(containsString("Ask the job centre"))))
				.andExpect(content().string(containsString("This is what I want")));
			mvc.perform(get(plan("/versions/2/changes")).with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ask the job centre about volunteering")))
				.andExpect(content().string(not(containsString("Update my CV at the library</ins>"))));
		}

		@Test
		void reviewDateMustFollowTheAgreement() throws Exception {
			mvc.perform(post(plan("/agree")).with(csrf())
				.with(users.as("worker"))
				.param("agreedOn", "2026-11-01")
				.param("reviewDue", "2026-10-01")
				.param("version", String.valueOf(lockVersion())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"#reviewDue\"")));
		}

		@Test
		void withholdingNeedsAReason() throws Exception {
			mvc.perform(post(plan("/sharing")).with(csrf())
				.with(users.as("worker"))
				.param("withheld", "true")
				.param("version", String.valueOf(lockVersion())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose why it is not shared with the person")));
			mvc.perform(post(plan("/sharing")).with(csrf())
				.with(users.as("worker"))
				.param("withheld", "true")
				.param("withheldReason", "THIRD_PARTY")
				.param("version", String.valueOf(lockVersion()))).andExpect(status().isFound());
			mvc.perform(get(plan("")).with(users.as("worker")))
				.andExpect(content().string(containsString("Information about someone else (third party)")));
		}

	}

	@Nested
	class FromAContactNote {

		@Test
		void aNoteRecordsProgressOnAStepAndThePlanShowsIt() throws Exception {
			String goal = addGoal("Feel less alone at weekends");
			addStep(goal, "Go to the Saturday walking group");
			String step = stepId(0, 0);
			mvc.perform(get("/service-users/" + person + "/contact-notes/new").with(users.as("worker")))
				.andExpect(content().string(containsString("Go to the Saturday walking group")))
				.andExpect(content().string(containsString("stepProgress[" + step + "]")));
			mvc.perform(post("/service-users/" + person + "/contact-notes").with(csrf())
				.with(users.as("worker"))
				.param("contactAt", "2026-11-20T10:00")
				.param("durationMinutes", "45")
				.param("type", "HOME_VISIT")
				.param("note", "We walked to the park together and talked about the group.")
				.param("stepProgress[" + step + "]", "DONE")).andExpect(status().isFound());
			mvc.perform(get(plan("")).with(users.as("worker")))
				.andExpect(content().string(containsString("1 of 1 steps done (100%)")));
		}

	}

	@Nested
	class WhoMay {

		@Test
		void anotherTeamAndAdminCannotReadOrChange() throws Exception {
			mvc.perform(get(plan("")).with(users.as("worker2"))).andExpect(status().isNotFound());
			mvc.perform(get(plan("/versions/1")).with(users.as("worker2"))).andExpect(status().isNotFound());
			mvc.perform(post(plan("/goals/new")).with(csrf())
				.with(users.as("worker2"))
				.param("goal", "x")
				.param("area", "MONEY")
				.param("version", "0")).andExpect(status().isNotFound());
			mvc.perform(get(plan("")).with(users.as("admin"))).andExpect(status().isForbidden());
			mvc.perform(post(plan("/start")).with(csrf()).with(users.as("admin"))).andExpect(status().isForbidden());
			assertThat(goalCount()).isZero();
		}

		@Test
		void aLinkedPeerReadsTheSharedPlanButCannotChangeIt() throws Exception {
			addGoal("Join the walking group");
			TestPeople.peer("peer")
				.linkedTo(person)
				.scope("ACTION_PLAN")
				.agreedOn(java.time.LocalDate.now())
				.save(mvc, users, jdbc);
			mvc.perform(get(plan("")).with(users.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Join the walking group")))
				.andExpect(content().string(not(containsString("Add a goal"))));
			mvc.perform(post(plan("/goals/new")).with(csrf())
				.with(users.as("peer"))
				.param("goal", "x")
				.param("area", "MONEY")
				.param("version", String.valueOf(lockVersion()))).andExpect(status().isForbidden());
			mvc.perform(post(plan("/steps/x/status")).with(csrf())
				.with(users.as("peer"))
				.param("status", "DONE")
				.param("version", String.valueOf(lockVersion()))).andExpect(status().isForbidden());
			// withheld: the peer no longer sees it
			mvc.perform(post(plan("/sharing")).with(csrf())
				.with(users.as("worker"))
				.param("withheld", "true")
				.param("withheldReason", "SERIOUS_HARM")
				.param("version", String.valueOf(lockVersion()))).andExpect(status().isFound());
			mvc.perform(get(plan("")).with(users.as("peer")))
				.andExpect(content().string(not(containsString("Join the walking group"))));
		}

	}

	private String addGoal(String text) throws Exception {
		mvc.perform(post(plan("/goals/new")).with(csrf())
			.with(users.as("worker"))
			.param("goal", text)
			.param("area", "ACCOMMODATION")
			.param("version", String.valueOf(lockVersion()))).andExpect(status().isFound());
		return jdbc.sql("""
				select g->>'id' from support_record r, jsonb_array_elements(r.content->'goals') g
				where r.service_user_id = ? and r.kind = 'ACTION_PLAN' and g->>'goal' = ?
				order by r.version_number desc limit 1
				""").params(person, text).query(String.class).single();
	}

	private void addStep(String goalId, String what) throws Exception {
		mvc.perform(post(plan("/goals/" + goalId + "/steps/new")).with(csrf())
			.with(users.as("worker"))
			.param("what", what)
			.param("who", "PERSON")
			.param("status", "NOT_STARTED")
			.param("version", String.valueOf(lockVersion()))).andExpect(status().isFound());
	}

	private String stepId(int goal, int step) {
		return jdbc.sql("""
				select content->'goals'->?->'steps'->?->>'id' from support_record
				where service_user_id = ? and kind = 'ACTION_PLAN' order by version_number desc limit 1
				""").params(goal, step, person).query(String.class).single();
	}

	private long goalCount() {
		return jdbc.sql("""
				select coalesce(jsonb_array_length(content->'goals'), 0) from support_record
				where service_user_id = ? and kind = 'ACTION_PLAN' order by version_number desc limit 1
				""").param(person).query(Long.class).single();
	}

	private long lockVersion() {
		return jdbc.sql("""
				select version from support_record where service_user_id = ? and kind = 'ACTION_PLAN'
				order by version_number desc limit 1
				""").param(person).query(Long.class).single();
	}

	private String plan(String suffix) {
		return "/service-users/" + person + "/action-plan" + suffix;
	}

	private String teamId(String name) {
		return String.valueOf(ids.team(name));
	}

	private String accountId(String username) {
		return String.valueOf(ids.account(username));
	}

}
