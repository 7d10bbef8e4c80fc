package org.keywork.preferences;

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
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Engagement preferences as staff, peers and the person meet them: recording and changing
 * them under optimistic locking, what the person's page, the timeline, the contact-note
 * form and the portal show, and who may not see or change them.
 */
@KeyworkTest
class PreferencesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Nested
	class Staff {

		@Test
		void aWorkerRecordsThemAndThePersonPageAndTimelineShowThem() throws Exception {
			String name = TestPeople.uniqueName("Pref Staff");
			long person = TestPeople.named(name).save(mvc, users, jdbc);
			String before = page("/service-users/" + person, "worker");
			assertThat(before).contains("How " + name + " likes to be supported", "Not recorded yet.",
					"Record how " + name + " likes to be supported");

			String form = page("/service-users/" + person + "/preferences", "worker");
			assertThat(form).contains("<legend", "Where and how they like to meet", "for=\"meetAt\"",
					"for=\"bestTimes\"", "for=\"style\"", "for=\"groupWork\"", "for=\"other\"");

			mvc.perform(save(person, "worker", null).param("meetAt", "CAFE", "OUTDOORS")
				.param("bestTimes", "After 11am")
				.param("style", "INFORMAL")
				.param("groupWork", "ONE_TO_ONE")
				.param("peersVolunteers", "STAFF_ONLY")
				.param("other", "Bring the dog biscuits")).andExpect(status().is3xxRedirection());

			assertThat(jdbc.sql("select group_work from engagement_preference where service_user_id = ?")
				.param(person)
				.query(String.class)
				.single()).isEqualTo("ONE_TO_ONE");
			String after = page("/service-users/" + person, "worker");
			assertThat(after)
				.contains("In a café, Outdoors, on a walk", "After 11am", "Informal: a chat", "One-to-one",
						"Staff only, please", "Bring the dog biscuits", "Preferences updated",
						"Change how " + name + " likes to be supported")
				.doesNotContain("Not recorded yet.");
			assertThat(page("/service-users/" + person + "?kind=preferences", "worker"))
				.contains("Preferences updated", "data-kind=\"PREFERENCES\"")
				.doesNotContain("data-kind=\"NOTE\"");
		}

		@Test
		void aStaleEditIsRefusedWith409AndKeepsWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Pref Stale")).save(mvc, users, jdbc);
			mvc.perform(save(person, "worker", null).param("bestTimes", "Mornings"))
				.andExpect(status().is3xxRedirection());
			// recorded by someone else meanwhile: a second "first" record is stale too
			String twice = body(save(person, "manager", null).param("bestTimes", "Never on Mondays"),
					status().isConflict());
			assertThat(twice).contains("Someone else changed these preferences", "value=\"Never on Mondays\"");

			mvc.perform(save(person, "worker", 0L).param("bestTimes", "Afternoons"))
				.andExpect(status().is3xxRedirection());
			String stale = body(
					save(person, "manager", 0L).param("bestTimes", "Evenings typed").param("other", "Kept words"),
					status().isConflict());
			assertThat(stale).contains("Someone else changed these preferences", "value=\"Evenings typed\"",
					"Kept words", "Saved now", "Afternoons");
			// the form now carries the current version: saving again replaces it on
			// purpose
			assertThat(stale).contains("name=\"version\" value=\"1\"");
			assertThat(bestTimes(person)).isEqualTo("Afternoons");
			mvc.perform(save(person, "manager", 1L).param("bestTimes", "Evenings typed"))
				.andExpect(status().is3xxRedirection());
			assertThat(bestTimes(person)).isEqualTo("Evenings typed");
			assertThat(jdbc.sql("select count(*) from engagement_preference_change where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(3);
		}

		@Test
		void aFormWithMistakesIsShownAgainWithWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Pref Wrong")).save(mvc, users, jdbc);
			String wrong = body(save(person, "worker", null).param("bestTimes", "x".repeat(301))
				.param("style", "SHOUTY")
				.param("meetAt", "HOME")
				.param("other", "Words kept"), status().isOk());
			assertThat(wrong).contains("govuk-error-summary", "Best times must be 300 characters or fewer",
					"href=\"#bestTimes\"", "href=\"#style\"", "Words kept", "id=\"meetAt\" checked=\"checked\"");
			assertThat(jdbc.sql("select count(*) from engagement_preference where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void aWorkerOfAnotherTeamGets404AndChangesNothing() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Pref Other Team")).save(mvc, users, jdbc);
			mvc.perform(get("/service-users/{id}/preferences", person).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			mvc.perform(save(person, "worker2", null).param("bestTimes", "Sneaky")).andExpect(status().isNotFound());
			assertThat(jdbc.sql("select count(*) from engagement_preference where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void theNewContactNoteFormShowsTheSummary() throws Exception {
			String name = TestPeople.uniqueName("Pref Note");
			long person = TestPeople.named(name).save(mvc, users, jdbc);
			assertThat(page("/service-users/" + person + "/contact-notes/new", "worker"))
				.doesNotContain("id=\"preferences-summary\"");
			mvc.perform(save(person, "worker", null).param("meetAt", "PHONE")
				.param("paperwork", "AS_LITTLE_AS_POSSIBLE")
				.param("groupWork", "GROUP")).andExpect(status().is3xxRedirection());
			assertThat(page("/service-users/" + person + "/contact-notes/new", "worker")).contains(
					"id=\"preferences-summary\"", "How " + name + " likes to be supported", "By phone",
					"Paperwork: As little as possible", "One-to-one or in a group: In a group");
		}

	}

	@Nested
	class Peers {

		@Test
		void aPeerLinkedWithTheNotesReadsThemButNeverChangesThem() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Pref Peer")).save(mvc, users, jdbc);
			mvc.perform(save(person, "worker", null).param("other", "Peer may read this"))
				.andExpect(status().is3xxRedirection());
			TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc);
			assertThat(page("/service-users/" + person, "peer")).contains("id=\"preferences\"", "Peer may read this")
				.doesNotContain("/service-users/" + person + "/preferences\"");
			mvc.perform(get("/service-users/{id}/preferences", person).with(users.as("peer")))
				.andExpect(status().isForbidden());
			mvc.perform(save(person, "peer", 0L).param("other", "Changed by a peer")).andExpect(status().isForbidden());
			assertThat(jdbc.sql("select other from engagement_preference where service_user_id = ?")
				.param(person)
				.query(String.class)
				.single()).isEqualTo("Peer may read this");
		}

		@Test
		void aPeerLinkedOnlyForTheActionPlanDoesNotSeeThem() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Pref Narrow Peer")).save(mvc, users, jdbc);
			mvc.perform(save(person, "worker", null).param("other", "Not for a narrow link"))
				.andExpect(status().is3xxRedirection());
			TestPeople.peer("peer").linkedTo(person).scope("ACTION_PLAN").save(mvc, users, jdbc);
			assertThat(page("/service-users/" + person, "peer")).doesNotContain("id=\"preferences\"",
					"Not for a narrow link", "Preferences updated");
		}

	}

	@Nested
	class Portal {

		@Test
		void thePersonTellsUsTheirOwnAndStaffSeeThemInTheirWords() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Pref Portal");
			String me = PortalPeople.username(person);
			assertThat(page("/my-support", me)).contains("/my-support/preferences");
			assertThat(page("/my-support/preferences", me)).contains("You have not told us yet.");
			assertThat(page("/my-support/preferences/edit", me)).contains("Where and how you like to meet",
					"When suits you best", "I would rather not say");
			mvc.perform(post("/my-support/preferences").with(csrf())
				.with(users.as(me))
				.param("meetAt", "HOME", "VIDEO")
				.param("style", "FORMAL")
				.param("other", "My own words here")).andExpect(status().is3xxRedirection());
			assertThat(page("/my-support/preferences", me)).contains("At home, By video call", "Formal: a set time",
					"My own words here");
			assertThat(page("/service-users/" + person, "worker")).contains("My own words here", "In their own words");

			// stale in the portal too, with what was typed kept
			String stale = body(post("/my-support/preferences").with(csrf())
				.with(users.as(me))
				.param("version", "5")
				.param("other", "Typed again"), status().isConflict());
			assertThat(stale).contains("Your preferences were changed while you were editing", "Typed again");
		}

		@Test
		void thePersonChangesOnlyTheirOwn() throws Exception {
			long someone = TestPeople.named(TestPeople.uniqueName("Pref Someone")).save(mvc, users, jdbc);
			mvc.perform(save(someone, "worker", null).param("other", "Someone else's words"))
				.andExpect(status().is3xxRedirection());
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Pref Only Own");
			String me = PortalPeople.username(person);
			// the staff route is not theirs, whoever it names
			mvc.perform(save(someone, me, 0L).param("other", "Overwritten")).andExpect(status().isForbidden());
			mvc.perform(get("/service-users/{id}/preferences", someone).with(users.as(me)))
				.andExpect(status().isForbidden());
			// the portal saves the signed-in person's own, whatever else is posted
			mvc.perform(post("/my-support/preferences").with(csrf())
				.with(users.as(me))
				.param("serviceUserId", String.valueOf(someone))
				.param("id", String.valueOf(someone))
				.param("other", "Mine")).andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select other from engagement_preference where service_user_id = ?")
				.param(someone)
				.query(String.class)
				.single()).isEqualTo("Someone else's words");
			assertThat(jdbc.sql("select other from engagement_preference where service_user_id = ?")
				.param(person)
				.query(String.class)
				.single()).isEqualTo("Mine");
			assertThat(page("/my-support/preferences", me)).doesNotContain("Someone else");
			// staff may not use the portal route
			mvc.perform(get("/my-support/preferences").with(users.as("worker"))).andExpect(status().isForbidden());
		}

	}

	@Test
	void theDemoHasVariedPreferences() {
		long jamie = new DemoIds(jdbc).person(DemoIds.JAMIE);
		assertThat(jdbc.sql("select count(*) from engagement_preference where service_user_id = ?")
			.param(jamie)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select distinct group_work from engagement_preference where group_work is not null")
			.query(String.class)
			.list()).contains("ONE_TO_ONE", "GROUP", "EITHER");
	}

	private MockHttpServletRequestBuilder save(long person, String as, Long version) {
		MockHttpServletRequestBuilder request = post("/service-users/{id}/preferences", person).with(csrf())
			.with(users.as(as));
		return version == null ? request : request.param("version", String.valueOf(version));
	}

	private String bestTimes(long person) {
		return jdbc.sql("select best_times from engagement_preference where service_user_id = ?")
			.param(person)
			.query(String.class)
			.single();
	}

	private String body(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
		return mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString();
	}

	private String page(String url, String as) throws Exception {
		return body(get(url).with(users.as(as)), status().isOk());
	}

}
