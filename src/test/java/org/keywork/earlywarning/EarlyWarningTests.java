package org.keywork.earlywarning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The early warning: a real benefit stopped (the benefits signal) flags the person on My
 * caseload, the team dashboard, the callover and their pages; the checklist's progress is
 * recorded per episode under optimistic locking, its steps become Action Plan steps; only
 * the team's staff ever see it (never the person, a peer or another team).
 */
@KeyworkTest
class EarlyWarningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DemoIds ids;

	@Nested
	class AFlag {

		@Test
		void aStoppedBenefitFlagsThePersonOnTheCaseloadDashboardCalloverAndTheirPage() throws Exception {
			long before = dashboardReviews("worker");
			long person = TestPeople.named(TestPeople.uniqueName("Warning Stopped")).save(mvc, users, jdbc);
			long calm = TestPeople.named(TestPeople.uniqueName("Warning Awarded")).save(mvc, users, jdbc);
			benefit(person, "UNIVERSAL_CREDIT", "STOPPED", "2026-01-05");
			benefit(calm, "UNIVERSAL_CREDIT", "AWARDED", "2026-01-05");

			String caseload = page("/caseload", "worker");
			assertThat(row(caseload, person)).contains("Home at risk: 1 warning sign, 0 of 5 steps done",
					"/service-users/" + person + "/early-warning");
			assertThat(row(caseload, calm)).doesNotContain("Home at risk");
			assertThat(dashboardReviews("worker")).isEqualTo(before + 1);
			String callover = page("/team/callover?keyworkerId=" + ids.account("worker"), "manager");
			assertThat(row(callover, person)).contains("Home at risk");
			assertThat(row(callover, calm)).doesNotContain("Home at risk");

			assertThat(page("/service-users/" + person, "worker")).contains("id=\"early-warning\"",
					"Universal Credit stopped since 5 January 2026");
			assertThat(page("/service-users/" + calm, "worker")).doesNotContain("id=\"early-warning\"");
			assertThat(page("/service-users/" + person + "/early-warning", "worker"))
				.contains("Universal Credit stopped since 5 January 2026", "Talk with the person");
			assertThat(page("/service-users/" + calm + "/early-warning", "worker")).contains("data-no-signals")
				.doesNotContain("Add to the Action Plan");
		}

		private long dashboardReviews(String worker) throws Exception {
			String team = page("/team", "manager");
			int at = team.indexOf("data-worker=\"" + ids.account(worker) + "\"");
			Matcher m = Pattern.compile("data-stat=\"reviews\"[^>]*>(\\d+)<").matcher(team.substring(at));
			assertThat(m.find()).isTrue();
			return Long.parseLong(m.group(1));
		}

	}

	@Nested
	class TheChecklist {

		@Test
		void recordsProgressPerEpisodeAndRefusesAStaleSave() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Warning Checklist")).save(mvc, users, jdbc);
			long benefit = benefit(person, "HOUSING_BENEFIT", "SUSPENDED", "2026-02-01");
			assertThat(page("/service-users/" + person + "/early-warning/steps/talk", "worker"))
				.contains("name=\"version\" value=\"0\"");
			// a form with nothing in it records nothing and starts no response
			String empty = mvc
				.perform(post("/service-users/{id}/early-warning/steps/{s}", person, "talk").with(csrf())
					.with(users.as("worker"))
					.param("doneOn", "")
					.param("who", " ")
					.param("note", "")
					.param("episodeId", "")
					.param("version", "0"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(empty).contains("Record something about this step", "href=\"#done\"");
			assertThat(jdbc.sql("select count(*) from early_warning where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isZero();
			mvc.perform(step(person, "talk", null, 0, "2026-02-03", "Typed note one"))
				.andExpect(status().is3xxRedirection());
			long episode = openEpisode(person);
			String checklist = page("/service-users/" + person + "/early-warning", "worker");
			assertThat(checklist).contains("1 of 5 steps done", "Typed note one", "data-done=\"true\"");
			assertThat(row(page("/caseload", "worker"), person)).contains("1 of 5 steps done");

			// the same step saved from a form read before: 409, what was typed kept
			String stale = mvc.perform(step(person, "talk", episode, 0, "2026-02-04", "Typed in the stale form"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else changed this early warning", "Typed in the stale form");
			// a step done needs its date, and not one in the future
			String wrong = mvc.perform(step(person, "landlord", episode, 0, "", "Typed for the landlord"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary", "Enter when it was done", "Typed for the landlord");
			mvc.perform(get("/service-users/{id}/early-warning/steps/{s}", person, "nonsense").with(users.as("worker")))
				.andExpect(status().isNotFound());

			// closed with a note; a new episode when the signal is still there
			mvc.perform(post("/service-users/{id}/early-warning/close", person).with(csrf())
				.with(users.as("worker"))
				.param("episodeId", String.valueOf(episode))
				.param("version", "0")
				.param("note", "")).andExpect(status().isOk());
			mvc.perform(post("/service-users/{id}/early-warning/close", person).with(csrf())
				.with(users.as("worker"))
				.param("episodeId", String.valueOf(episode))
				.param("version", "0")
				.param("note", "Housing Benefit paid again")).andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select closed_note from early_warning where id = ?")
				.param(episode)
				.query(String.class)
				.single()).isEqualTo("Housing Benefit paid again");
			// a form of the closed episode is stale
			mvc.perform(step(person, "landlord", episode, 0, "2026-02-04", "Late")).andExpect(status().isConflict());
			mvc.perform(step(person, "landlord", null, 0, "2026-02-05", "A new episode"))
				.andExpect(status().is3xxRedirection());
			assertThat(openEpisode(person)).isNotEqualTo(episode);
			assertThat(page("/service-users/" + person + "/early-warning", "worker")).contains("A new episode")
				.doesNotContain("Typed note one");

			// once the benefit is paid again and the episode closed, nothing is flagged
			jdbc.sql("update welfare_benefit set status = 'AWARDED' where id = ?").param(benefit).update();
			assertThat(row(page("/caseload", "worker"), person)).doesNotContain("Home at risk");
			mvc.perform(step(person, "talk", openEpisode(person), 0, "2026-02-06", "Still recorded on the open one"))
				.andExpect(status().is3xxRedirection());
		}

		@Test
		void aStepBecomesAnActionOnTheActionPlanLinkedFromTheChecklist() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Warning Action")).save(mvc, users, jdbc);
			benefit(person, "UNIVERSAL_CREDIT", "SANCTIONED", "2026-02-01");
			mvc.perform(
					post("/service-users/{id}/early-warning/steps/{s}/action", person, "repayment-plan").with(csrf())
						.with(users.as("worker"))
						.param("version", "0"))
				.andExpect(status().is3xxRedirection());
			String actionStep = jdbc.sql("""
					select s.action_step_id from early_warning_step s join early_warning w on w.id = s.warning_id
					where w.service_user_id = ? and w.closed_at is null and s.step = 'REPAYMENT_PLAN'
					""").param(person).query(String.class).single();
			assertThat(actionStep).isNotBlank();
			String checklist = page("/service-users/" + person + "/early-warning", "worker");
			assertThat(checklist).contains("/service-users/" + person + "/action-plan#step-" + actionStep,
					"On the Action Plan");
			assertThat(page("/service-users/" + person + "/action-plan", "worker")).contains("Keep my home",
					"Agree a repayment plan I can afford", "step-" + actionStep);
			// a second step joins the same goal; the first, added again from a stale
			// form, is
			// refused
			mvc.perform(
					post("/service-users/{id}/early-warning/steps/{s}/action", person, "check-benefits").with(csrf())
						.with(users.as("worker"))
						.param("episodeId", String.valueOf(openEpisode(person)))
						.param("version", "0"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(
					post("/service-users/{id}/early-warning/steps/{s}/action", person, "repayment-plan").with(csrf())
						.with(users.as("worker"))
						.param("episodeId", String.valueOf(openEpisode(person)))
						.param("version", "0"))
				.andExpect(status().isConflict());
			String plan = page("/service-users/" + person + "/action-plan", "worker");
			assertThat(plan).contains("Check my benefits are right");
			assertThat(jdbc.sql("""
					select jsonb_array_length(cast(content as jsonb) -> 'goals') from support_record
					where service_user_id = ? and kind = 'ACTION_PLAN' order by version_number desc limit 1
					""").param(person).query(Integer.class).single()).as("one goal for both steps").isEqualTo(1);
		}

	}

	@Nested
	class TheDemo {

		@Test
		void jamiesBenefitIsUnderReviewAndPeggysEarlyWarningIsHalfDone() throws Exception {
			String caseload = page("/caseload", "worker");
			assertThat(row(caseload, ids.jamie())).contains("Universal Credit: review or reassessment");
			// half done: two steps in the demo (a browser test may record more)
			assertThat(row(caseload, ids.person("Margaret O'Neill"))).contains("Home at risk: 1 warning sign")
				.containsPattern("[2-5] of 5 steps done");
			assertThat(page("/my-support/benefits", "serviceuser")).contains("Universal Credit",
					"Personal Independence Payment (PIP)", "Applying");
		}

	}

	@Nested
	class WhoSeesIt {

		@Test
		void onlyTheTeamsStaffNeverThePersonAPeerOrAnotherTeam() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Warning Portal");
			String me = PortalPeople.username(person);
			benefit(person, "PIP", "STOPPED", "2026-02-01");
			mvc.perform(step(person, "talk", null, 0, "2026-02-03", "The team checklist note"))
				.andExpect(status().is3xxRedirection());
			TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);

			mvc.perform(get("/service-users/{id}/early-warning", person).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/service-users/{id}/early-warning/steps/talk", person).with(csrf())
				.with(users.as("worker2"))
				.param("version", "1")
				.param("note", "Forged")).andExpect(status().isNotFound());
			mvc.perform(get("/service-users/{id}/early-warning", person).with(users.as("peer")))
				.andExpect(status().isForbidden());
			assertThat(page("/service-users/" + person, "peer")).doesNotContain("id=\"early-warning\"", "Home at risk",
					"stopped since");
			mvc.perform(get("/service-users/{id}/early-warning", person).with(users.as(me)))
				.andExpect(status().isForbidden());
			for (String portal : new String[] { "/my-support", "/my-support/benefits" }) {
				assertThat(page(portal, me)).doesNotContain("The team checklist note", "early-warning",
						"Their home may be at risk");
			}
			// the person does see the benefit itself
			assertThat(page("/my-support/benefits", me)).contains("Personal Independence Payment (PIP)", "Stopped");
			// a forged POST without the token changes nothing
			mvc.perform(post("/service-users/{id}/early-warning/steps/talk", person).with(users.as("worker"))
				.param("version", "1")
				.param("note", "Forged")).andExpect(status().is3xxRedirection());
			assertThat(page("/service-users/" + person + "/early-warning", "worker"))
				.contains("The team checklist note");
		}

	}

	private long benefit(long person, String type, String status, String since) throws Exception {
		mvc.perform(post("/service-users/{id}/benefits", person).with(csrf())
			.with(users.as("worker"))
			.param("amount", "100.00")
			.param("period", "WEEKLY")
			.param("type", type)
			.param("status", status)
			.param("statusSince", since)).andExpect(status().is3xxRedirection());
		return jdbc.sql("select max(id) from welfare_benefit where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder step(long person, String step, Long episode, long version, String doneOn,
			String note) {
		return post("/service-users/{id}/early-warning/steps/{s}", person, step).with(csrf())
			.with(users.as("worker"))
			.param("done", "true")
			.param("doneOn", doneOn)
			.param("who", "Keyworker")
			.param("note", note)
			.param("episodeId", episode == null ? "" : String.valueOf(episode))
			.param("version", String.valueOf(version));
	}

	private long openEpisode(long person) {
		return jdbc.sql("select id from early_warning where service_user_id = ? and closed_at is null")
			.param(person)
			.query(Long.class)
			.single();
	}

	private static String row(String page, long person) {
		int at = page.indexOf("data-person-id=\"" + person + "\"");
		assertThat(at).as("person %d is listed", person).isPositive();
		int end = page.indexOf("data-person-id=", at + 20);
		return page.substring(at, end < 0 ? page.length() : end);
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
