package org.keywork.portal;

import org.junit.jupiter.api.BeforeEach;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal: only the signed-in person's own records, only what is shared with them, and
 * their own words.
 */
@KeyworkTest
class PortalTests {

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

	long jamie;

	@BeforeEach
	void jamie() {
		jamie = ids.personOf("serviceuser");
	}

	@Nested
	class WhatThePersonSees {

		@Test
		void homeShowsTheLinkedPeerWhatTheyMaySeeAndWhenThePersonAgreed() throws Exception {
			mvc.perform(get("/my-support").with(users.as("serviceuser")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(
						"They can see your Action Plan, your achievements and the contact notes shared with you.")))
				.andExpect(content().string(containsString("You agreed to this on")));
		}

		@Test
		void homeShowsKeyworkerHowToReachThemAndThePlans() throws Exception {
			mvc.perform(get("/my-support").with(users.as("serviceuser")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sam Okafor")))
				.andExpect(content().string(containsString("tel:07700900123")))
				.andExpect(content().string(containsString("/my-support/action-plan")))
				.andExpect(content().string(containsString("/my-support/safety-plan")))
				.andExpect(content().string(containsString("/my-support/support-overview")));
		}

		@Test
		void homeListsThePeersLinkedNowLongestLinkedFirst() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Two Peers");
			String user = PortalPeople.username(person);
			String newPeer = TestPeople.uniqueName("Peer");
			long newPeerId = jdbc
				.sql("""
						insert into account (username, display_name, password_hash, role) values (?, ?, 'not-a-password', 'PEER')
						returning id""")
				.params(newPeer.replace(' ', '-'), newPeer)
				.query(Long.class)
				.single();
			jdbc.sql(
					"insert into account_team (account_id, team_id) select ?, id from team where name = 'North Housing First'")
				.param(newPeerId)
				.update();
			long demoPeerId = ids.account("peer");
			for (long peer : new long[] { demoPeerId, newPeerId }) {
				mvc.perform(post("/service-users/{id}/peers", person).with(csrf())
					.with(users.as("worker"))
					.param("consent", "true")
					.param("consentGivenOn", "2026-01-01")
					.param("scope", "NOTES")
					.param("peerId", String.valueOf(peer))).andExpect(status().isFound());
			}
			String home = home(user);
			assertThat(home).contains("Dee Walsh", newPeer);
			assertThat(home.indexOf("Dee Walsh")).isLessThan(home.indexOf(newPeer));

			long link = jdbc.sql("select id from peer_link where service_user_id = ? and peer_id = ?")
				.params(person, demoPeerId)
				.query(Long.class)
				.single();
			mvc.perform(
					post("/service-users/{id}/peers/{link}/end", person, link).with(csrf()).with(users.as("worker")))
				.andExpect(status().isFound());
			assertThat(home(user)).contains(newPeer).doesNotContain("Dee Walsh");
		}

		private String home(String user) throws Exception {
			return mvc.perform(get("/my-support").with(users.as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}

		@Test
		void recordPagesRender() throws Exception {
			for (String slug : new String[] { "action-plan", "support-overview", "safety-plan" }) {
				mvc.perform(get("/my-support/" + slug).with(users.as("serviceuser"))).andExpect(status().isOk());
			}
			mvc.perform(get("/my-support/action-plan").with(users.as("serviceuser")))
				.andExpect(content().string(containsString("Get my bike fixed up")))
				.andExpect(content().string(containsString("I have done this")));
		}

		@Test
		void aWithheldFactorNeverAppearsAndNoStaffOnlyField() throws Exception {
			String html = mvc.perform(get("/my-support/safety-plan").with(users.as("serviceuser")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			// Jamie's EXPLOITATION factor is withheld (third-party information)
			assertThat(html).doesNotContain("asks Jamie for money")
				.doesNotContain("asked not to be named")
				.doesNotContain("Withheld")
				.doesNotContain("Third-party")
				.contains("Samaritans");
			// and staff do see it
			mvc.perform(get("/service-users/" + jamie + "/safety-plan").with(users.as("worker")))
				.andExpect(content().string(containsString("asks Jamie for money")));
		}

		@Test
		void aWithheldRecordNeverAppears() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Withheld Plan");
			PortalPeople.actionPlan(jdbc, person, "SECRET GOAL WORDING", true);
			String user = PortalPeople.username(person);
			mvc.perform(get("/my-support/action-plan").with(users.as(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("SECRET GOAL WORDING"))))
				.andExpect(content().string(not(containsString("Open a bank account"))));
			mvc.perform(get("/my-support").with(users.as(user)))
				.andExpect(content().string(not(containsString("My Action Plan"))));
			mvc.perform(post("/my-support/action-plan/steps/" + PortalPeople.STEP_FOR_PERSON + "/done").with(csrf())
				.with(users.as(user))).andExpect(status().isNotFound());
		}

	}

	@Nested
	class NobodyElsesData {

		@Test
		void staffPagesOfAnyPersonAreRefused() throws Exception {
			long other = jdbc.sql("select id from service_user where id <> ? order by id limit 1")
				.param(jamie)
				.query(Long.class)
				.single();
			String otherName = jdbc.sql("select legal_name from service_user where id = ?")
				.param(other)
				.query(String.class)
				.single();
			for (String path : new String[] { "/service-users/" + other, "/service-users/" + other + "/action-plan",
					"/service-users/" + other + "/safety-plan", "/service-users/" + other + "/support-overview",
					"/service-users/" + other + "/access-log", "/service-users/" + other + "/portal-account",
					"/service-users/" + jamie, "/service-users/" + jamie + "/action-plan", "/service-users",
					"/team/feedback", "/team/keyworker-requests" }) {
				String html = mvc.perform(get(path).with(users.as("serviceuser")))
					.andReturn()
					.getResponse()
					.getContentAsString();
				int status = mvc.perform(get(path).with(users.as("serviceuser"))).andReturn().getResponse().getStatus();
				assertThat(status).as(path).isIn(403, 404);
				assertThat(html).as(path).doesNotContain(otherName);
			}
		}

		@Test
		void idsInPortalUrlsAreIgnoredOrUnknown() throws Exception {
			long other = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Other Portal");
			PortalPeople.actionPlan(jdbc, other, "OTHER PERSONS GOAL", false);
			for (String path : new String[] { "/my-support?id=" + other, "/my-support?serviceUserId=" + other,
					"/my-support/action-plan?id=" + other, "/my-support/action-plan?serviceUserId=" + other,
					"/my-support/who-has-looked?id=" + other, "/my-support/keyworker-request?id=" + other }) {
				mvc.perform(get(path).with(users.as("serviceuser")))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("OTHER PERSONS GOAL"))))
					.andExpect(content().string(not(containsString("Other Portal"))));
			}
			mvc.perform(get("/my-support/" + other).with(users.as("serviceuser"))).andExpect(status().isNotFound());
			mvc.perform(post("/my-support/action-plan/steps/" + PortalPeople.STEP_FOR_PERSON + "/done").with(csrf())
				.with(users.as("serviceuser"))).andExpect(status().isNotFound());
			mvc.perform(post("/my-support/action-plan/comments").with(csrf())
				.with(users.as("serviceuser"))
				.param("about", "goal-1")
				.param("text", "Trying someone else's goal")).andExpect(status().isNotFound());
			assertThat(jdbc.sql("select status from support_record where service_user_id = ?")
				.param(other)
				.query(String.class)
				.single()).isEqualTo("AGREED");
		}

		@Test
		void staffCannotUseThePortal() throws Exception {
			mvc.perform(get("/my-support").with(users.as("worker"))).andExpect(status().isForbidden());
			mvc.perform(get("/my-support/action-plan").with(users.as("manager"))).andExpect(status().isForbidden());
		}

	}

	@Nested
	class OwnWordsAndSteps {

		long person;

		String user;

		@BeforeEach
		void aPersonWithAPlan() throws Exception {
			person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Steps Person");
			PortalPeople.actionPlan(jdbc, person, "Get on top of money", false);
			user = PortalPeople.username(person);
		}

		@Test
		void thePersonMarksTheirOwnStepDoneAndTheWorkerSeesIt() throws Exception {
			mvc.perform(post("/my-support/action-plan/steps/" + PortalPeople.STEP_FOR_PERSON + "/done").with(csrf())
				.with(users.as(user)))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/my-support/action-plan#step-" + PortalPeople.STEP_FOR_PERSON));
			String step = jdbc.sql("""
					select content->'goals'->0->'steps'->0->>'status' from support_record
					where service_user_id = ? and kind = 'ACTION_PLAN'
					""").param(person).query(String.class).single();
			assertThat(step).isEqualTo("DONE");
			mvc.perform(get("/service-users/" + person + "/action-plan").with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Open a bank account: Done")));
		}

		@Test
		void thePersonCannotMarkAKeyworkerStep() throws Exception {
			mvc.perform(post("/my-support/action-plan/steps/" + PortalPeople.STEP_FOR_KEYWORKER + "/done").with(csrf())
				.with(users.as(user))).andExpect(status().isForbidden());
			String step = jdbc.sql("""
					select content->'goals'->0->'steps'->1->>'status' from support_record
					where service_user_id = ? and kind = 'ACTION_PLAN'
					""").param(person).query(String.class).single();
			assertThat(step).isEqualTo("NOT_STARTED");
		}

		@Test
		void commentsAppearForStaffOnTheRecordPage() throws Exception {
			mvc.perform(post("/my-support/action-plan/comments").with(csrf())
				.with(users.as(user))
				.param("about", "goal-1")
				.param("text", "The bank wants two letters with my address.")).andExpect(status().isFound());
			mvc.perform(post("/my-support/action-plan/comments").with(csrf())
				.with(users.as(user))
				.param("about", "")
				.param("text", "Overall this plan feels right.")).andExpect(status().isFound());
			mvc.perform(get("/my-support/action-plan").with(users.as(user)))
				.andExpect(content().string(containsString("The bank wants two letters with my address.")));
			mvc.perform(get("/service-users/" + person + "/action-plan").with(users.as("worker")))
				.andExpect(content().string(containsString("The bank wants two letters with my address.")))
				.andExpect(content().string(containsString("about: Get on top of money")))
				.andExpect(content().string(containsString("Overall this plan feels right.")));
		}

		@Test
		void anEmptyCommentIsRefusedWithAMessage() throws Exception {
			mvc.perform(post("/my-support/action-plan/comments").with(csrf()).with(users.as(user)).param("text", " "))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Write something before you add it")));
		}

	}

}
