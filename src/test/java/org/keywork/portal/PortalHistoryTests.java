package org.keywork.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestNotes;
import org.keywork.TestPlans;
import org.keywork.PortalPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the portal shows a person of everything held and shared with them (issue 9, part
 * 4): their achievements (and adding their own), their keyworkers with the reasons, the
 * prompts on their notes, what they said when a plan was agreed, earlier versions with
 * what changed, and their personal details with "Tell us if something is wrong". Always
 * their own record only; never anything withheld, staff-only or a withholding reason.
 */
@KeyworkTest
class PortalHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Autowired
	PasswordEncoder encoder;

	long person;

	String user;

	@BeforeEach
	void aPersonOfTheirOwn() throws Exception {
		person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "History Person");
		user = PortalPeople.username(person);
	}

	String page(String path, String as) throws Exception {
		return mvc.perform(get(path).with(users.as(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long account(String username) {
		return ids.account(username);
	}

	String displayName(String username) {
		return jdbc.sql("select display_name from account where username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	@Nested
	class Achievements {

		@Test
		void theDemoPersonSeesTheirAchievementsAndEveryPortalHomeLinksThere() throws Exception {
			long jamie = ids.personOf("serviceuser");
			String first = jdbc.sql("select description from achievement where service_user_id = ? order by id limit 1")
				.param(jamie)
				.query(String.class)
				.single();
			assertThat(page("/my-support/achievements", "serviceuser")).contains(first);
			assertThat(page("/my-support", "serviceuser")).contains("/my-support/achievements",
					"/my-support/keyworker-history", "/my-support/details");
			assertThat(page("/my-support/achievements", user)).doesNotContain(first);
		}

		@Test
		void thePersonAddsTheirOwnAndTheirKeyworkerSeesIt() throws Exception {
			PortalPeople.actionPlan(jdbc, person, "Look after my teeth", false);
			mvc.perform(post("/my-support/achievements").with(csrf())
				.with(users.as(user))
				.param("description", "Went to the dentist on my own")
				.param("strengths", "Courage")
				.param("achievedOn", LocalDate.now().toString()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/my-support/achievements"))
				.andExpect(flash().attributeExists("flashSuccess"));
			assertThat(page("/my-support/achievements", user)).contains("Went to the dentist on my own",
					"Strengths you showed: Courage");
			assertThat(page("/service-users/" + person + "/action-plan", "worker"))
				.contains("Went to the dentist on my own");
			assertThat(jdbc.sql("select created_by from achievement where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(account(user));
		}

		@Test
		void anEmptyOrFutureOneIsRefusedWithAnErrorSummary() throws Exception {
			String html = mvc
				.perform(post("/my-support/achievements").with(csrf())
					.with(users.as(user))
					.param("description", " ")
					.param("achievedOn", LocalDate.now().plusDays(3).toString()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains("govuk-error-summary", "Write what you achieved",
					"The date cannot be in the future", "href=\"#description\"");
			assertThat(jdbc.sql("select count(*) from achievement where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void staffCannotPostInThePortal() throws Exception {
			mvc.perform(post("/my-support/achievements").with(csrf())
				.with(users.as("worker"))
				.param("description", "Not theirs")
				.param("achievedOn", LocalDate.now().toString())).andExpect(status().isForbidden());
		}

	}

	@Nested
	class Keyworkers {

		@Test
		void everyKeyworkerFromWhenAndWhyButNobodyElse() throws Exception {
			long jordan = account("jordan");
			long manager = account("manager");
			jdbc.sql(
					"""
							update keyworker_assignment set started_at = now() - interval '10 days', ended_at = now() - interval '1 day'
							where service_user_id = ?""")
				.param(person)
				.update();
			jdbc.sql("""
					insert into keyworker_assignment (service_user_id, keyworker_id, started_at, reason, changed_by)
					values (?, ?, now() - interval '1 day', 'You asked for someone who visits in the evenings', ?)
					""").params(person, jordan, manager).update();
			String html = page("/my-support/keyworker-history", user);
			assertThat(html)
				.contains(displayName("jordan"), displayName("worker"),
						"You asked for someone who visits in the evenings")
				.doesNotContain(displayName("manager"));
			assertThat(html.indexOf(displayName("jordan"))).isLessThan(html.indexOf(displayName("worker")));
		}

		@Test
		void theDemoPersonSeesTwoKeyworkersWithReasons() throws Exception {
			assertThat(page("/my-support/keyworker-history", "serviceuser")).contains(
					"The person asked for a keyworker who could visit in the evenings",
					"Keyworker at the start of support");
		}

	}

	@Nested
	class NotesAndPlans {

		@Test
		void sharedNotesShowTheirPromptsButNeverAWithheldNote() throws Exception {
			TestNotes.by("worker")
				.on(person)
				.at(Instant.now().minus(2, ChronoUnit.HOURS))
				.type("PHONE_CALL")
				.text("Shared call")
				.prompts("PLAN TO PHONE THE COUNCIL", "WANTS A GARDEN")
				.save(jdbc);
			TestNotes.by("worker")
				.on(person)
				.at(Instant.now().minus(3, ChronoUnit.HOURS))
				.type("PHONE_CALL")
				.text("Withheld call")
				.withheld("THIRD_PARTY")
				.prompts("WITHHELD PLANNING", null)
				.save(jdbc);
			assertThat(page("/my-support/contact-notes", user))
				.contains("What we planned", "PLAN TO PHONE THE COUNCIL", "What you said matters to you",
						"WANTS A GARDEN")
				.doesNotContain("WITHHELD PLANNING")
				.doesNotContain("Withheld call");
			// the demo: Jamie's notes show a Planning prompt (other tests add notes too,
			// so read a few pages)
			StringBuilder jamies = new StringBuilder();
			for (int p = 0; p < 5 && !jamies.toString().contains("What we planned"); p++) {
				jamies.append(page("/my-support/contact-notes?page=" + p, "serviceuser"));
			}
			assertThat(jamies.toString()).contains("What we planned").doesNotContain("PLAN TO PHONE THE COUNCIL");
		}

		@Test
		void anAgreedPlanShowsWhatThePersonSaid() throws Exception {
			assertThat(page("/my-support/action-plan", "serviceuser")).contains("What you said when we agreed it",
					"These are my goals, in my words.");
		}

		@Test
		void earlierVersionsAndWhatChangedOfTheDemoPerson() throws Exception {
			assertThat(page("/my-support/support-overview", "serviceuser"))
				.contains("/my-support/support-overview/versions/1", "/my-support/support-overview/versions/2/changes");
			assertThat(page("/my-support/support-overview/versions", "serviceuser")).contains("Version 1, agreed on",
					"Version 2, agreed on");
			assertThat(page("/my-support/support-overview/versions/1", "serviceuser"))
				.contains("This is an earlier version", "We did this together over two visits.");
			assertThat(page("/my-support/support-overview/versions/2/changes", "serviceuser"))
				.contains("To keep my flat and feel settled.", "Compared with version 1");
		}

		@Test
		void withheldFactorsReasonsAndVersionsNeverReachThePerson() throws Exception {
			String category = jdbc.sql("select code from safety_category where not staff_safety order by code limit 1")
				.query(String.class)
				.single();
			String shared = """
					{"id":"f1","category":"%s","description":"SHARED FACTOR %s","withheld":false}""";
			String secret = """
					{"id":"f2","category":"%s","description":"SECRET FACTOR","withheld":true,"withheldReason":"THIRD_PARTY",
					 "withheldDetail":"NEIGHBOUR ASKED NOT TO BE NAMED"}"""
				.formatted(category);
			safetyPlan(1, "[" + secret + "]", true);
			safetyPlan(2, "[" + shared.formatted(category, "ONE") + "," + secret + "]", false);
			safetyPlan(3, "[" + shared.formatted(category, "TWO") + ","
					+ secret.replace("SECRET FACTOR", "SECRET CHANGED") + "]", false);
			for (String path : new String[] { "/my-support/safety-plan", "/my-support/safety-plan/versions",
					"/my-support/safety-plan/versions/2", "/my-support/safety-plan/versions/3",
					"/my-support/safety-plan/versions/2/changes", "/my-support/safety-plan/versions/3/changes" }) {
				assertThat(page(path, user)).as(path)
					.doesNotContain("SECRET")
					.doesNotContain("NEIGHBOUR ASKED")
					.doesNotContain("Third-party")
					.doesNotContain("Withheld")
					.doesNotContain("withheld");
			}
			assertThat(page("/my-support/safety-plan/versions/3/changes", user)).contains("SHARED FACTOR ONE",
					"SHARED FACTOR TWO");
			// version 1 was withheld as a whole: not listed, not readable, and version 2
			// is the first they see
			assertThat(page("/my-support/safety-plan/versions", user)).doesNotContain("versions/1\"");
			mvc.perform(get("/my-support/safety-plan/versions/1").with(users.as(user)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/my-support/safety-plan/versions/1/changes").with(users.as(user)))
				.andExpect(status().isNotFound());
			assertThat(page("/my-support/safety-plan/versions/2/changes", user)).contains("This is the first version");
			// staff still see it all
			assertThat(page("/service-users/" + person + "/safety-plan/versions/3", "worker"))
				.contains("SECRET CHANGED");
		}

		@Test
		void anotherPersonsVersionsAreNotReachable() throws Exception {
			PortalPeople.actionPlan(jdbc, person, "MY OWN GOAL ONLY", false);
			assertThat(page("/my-support/action-plan/versions/1", user)).contains("MY OWN GOAL ONLY");
			assertThat(page("/my-support/action-plan/versions/1", "serviceuser")).doesNotContain("MY OWN GOAL ONLY");
			mvc.perform(get("/my-support/action-plan/versions/99").with(users.as(user)))
				.andExpect(status().isNotFound());
		}

		private void safetyPlan(int number, String factors, boolean withheld) {
			TestPlans.safetyPlan(person)
				.version(number)
				.content("{\"crisisContacts\":null,\"factors\":" + factors + "}")
				.agreedOn(LocalDate.now().minusDays(10 - number))
				.withheld(withheld ? "THIRD_PARTY" : null)
				.by("worker")
				.save(jdbc);
		}

	}

	@Nested
	class Details {

		@Test
		void thePersonSeesTheirDetailsButNoStaffField() throws Exception {
			assertThat(page("/my-support/details", "serviceuser")).contains("Jamie Brooks", "they/them",
					"Flat 21, 20 Orchard Walk", "07700 900100", "Tell us if something is wrong");
			assertThat(page("/my-support/details", user)).doesNotContain("Jamie Brooks");
		}

		@Test
		void whatIsWrongReachesTheKeyworkerUntilStaffDealWithIt() throws Exception {
			mvc.perform(post("/my-support/details").with(csrf())
				.with(users.as(user))
				.param("whatIsWrong", "My phone number is now 07700 900999"))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/my-support/details"))
				.andExpect(flash().attributeExists("flashSuccess"));
			assertThat(page("/my-support/details", user)).contains("My phone number is now 07700 900999");
			String name = jdbc.sql("select legal_name from service_user where id = ?")
				.param(person)
				.query(String.class)
				.single();
			assertThat(page("/caseload", "worker")).contains(name + " told us something in their details is wrong",
					"/service-users/" + person + "#details-corrections");
			assertThat(page("/caseload", "jordan")).doesNotContain(name + " told us");
			assertThat(page("/service-users/" + person, "worker")).contains("My phone number is now 07700 900999",
					"Mark as dealt with");
			assertThat(page("/service-users/" + person, "manager")).contains("Mark as dealt with");
			long correction = jdbc.sql("select id from details_correction where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single();
			String dealtWith = "/service-users/" + person + "/details-corrections/" + correction + "/dealt-with";
			mvc.perform(post(dealtWith).with(csrf()).with(users.as("worker2"))).andExpect(status().isNotFound());
			mvc.perform(post(dealtWith).with(csrf()).with(users.as(user))).andExpect(status().isForbidden());
			long jamie = ids.personOf("serviceuser");
			mvc.perform(
					post("/service-users/" + jamie + "/details-corrections/" + correction + "/dealt-with").with(csrf())
						.with(users.as("worker")))
				.andExpect(status().isNotFound());
			mvc.perform(post(dealtWith).with(csrf()).with(users.as("worker")))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/service-users/" + person));
			assertThat(page("/caseload", "worker")).doesNotContain(name + " told us");
			assertThat(page("/service-users/" + person, "worker")).doesNotContain("Mark as dealt with");
			assertThat(page("/my-support/details", user)).doesNotContain("My phone number is now 07700 900999");
		}

		@Test
		void anEmptyMessageIsRefused() throws Exception {
			assertThat(
					mvc.perform(post("/my-support/details").with(csrf()).with(users.as(user)).param("whatIsWrong", ""))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString())
				.contains("govuk-error-summary", "Write what is wrong before you send it", "href=\"#whatIsWrong\"");
		}

	}

}
