package org.keywork.callover;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.web.Dates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The callover that keeps decisions (issue 14, item 7): a manager starts today's
 * callover, records per person what was discussed and agreed and who follows it up by
 * when; follow-ups reach that worker's caseload until done; the decisions are on the
 * person's timeline for staff only; people are listed by preferred name.
 */
@KeyworkTest
class CalloverTests {

	@Autowired
	DemoIds ids;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Dates dates;

	@Nested
	class TheMeeting {

		@Test
		void aManagerStartsTodaysCalloverOnceADayAndItListsEveryoneByPreferredNameReferredPeopleToo() throws Exception {
			String legal = TestPeople.uniqueName("Alexandra Legalname");
			long active = TestPeople.named(legal).preferredName("Sasha Pref").save(mvc, users, jdbc);
			long referred = TestPeople.named(TestPeople.uniqueName("Referred Person"))
				.status("REFERRED")
				.supportStart(null)
				.save(mvc, users, jdbc);
			long meeting = start("manager");
			assertThat(start("manager")).as("the same meeting the same day").isEqualTo(meeting);

			String page = page("/team/callovers/" + meeting + "?keyworkerId=" + ids.account("worker"), "manager");
			assertThat(page).contains("id=\"person-" + active + "\"", "id=\"person-" + referred + "\"", "Sasha Pref",
					"legal name " + legal, "data-decision-form");
			assertThat(page.indexOf("Sasha Pref")).as("preferred name first").isLessThan(page.indexOf(legal));
			// the live callover too: preferred name first, legal name secondary
			String live = page("/team/callover?keyworkerId=" + ids.account("worker"), "manager");
			assertThat(live).contains(">Sasha Pref</a>", "legal name " + legal, "data-person-id=\"" + referred + "\"");
			assertThat(live).doesNotContain(">" + legal + "</a>");
			assertThat(page("/team/callovers", "manager")).contains("/team/callovers/" + meeting);
			assertThat(page("/team/callovers", "worker")).contains("/team/callovers/" + meeting)
				.doesNotContain("data-start-callover");
		}

		@Test
		void theTeamsWorkersReadItButOnlyItsManagersRecordAndOtherTeamsDoNotFindIt() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Access Person")).save(mvc, users, jdbc);
			long meeting = start("manager");
			assertThat(page("/team/callovers/" + meeting + "?keyworkerId=" + ids.account("worker"), "worker"))
				.contains("id=\"person-" + person + "\"")
				.doesNotContain("data-decision-form");
			mvc.perform(decision(meeting, person, "worker", "Tried to record", "", "", "", ""))
				.andExpect(status().isForbidden());
			for (String outsider : new String[] { "citymanager", "worker2" }) {
				mvc.perform(get("/team/callovers/{m}", meeting).with(users.as(outsider)))
					.andExpect(status().isNotFound());
				mvc.perform(decision(meeting, person, outsider, "Outsider", "", "", "", ""))
					.andExpect(status().isNotFound());
				assertThat(page("/team/callovers", outsider)).doesNotContain("/team/callovers/" + meeting + "\"");
			}
			mvc.perform(get("/team/callovers/{m}", meeting).with(users.as("peer"))).andExpect(status().isForbidden());
			mvc.perform(post("/team/callovers").with(csrf()).with(users.as("worker")))
				.andExpect(status().isForbidden());
			assertThat(count("select count(*) from callover_decision where service_user_id = ?", person)).isZero();
		}

	}

	@Nested
	class OneKeyworkerAtATime {

		@Test
		void theMeetingGoesThroughOneKeyworkersPeopleAtATimeAndKeepsWhatItDecidedAboutPeopleItNoLongerLists()
				throws Exception {
			long nobodys = TestPeople.named(TestPeople.uniqueName("Unassigned Person"))
				.keyworker(null)
				.save(mvc, users, jdbc);
			long sams = TestPeople.named(TestPeople.uniqueName("Sams Person")).save(mvc, users, jdbc);
			long leaving = TestPeople.named(TestPeople.uniqueName("Leaving Person")).save(mvc, users, jdbc);
			long meeting = start("manager");
			mvc.perform(decision(meeting, leaving, "manager", "Moving to her sister's", "", "", "", ""))
				.andExpect(status().isFound());
			jdbc.sql("update service_user set status = 'MOVED_ON' where id = ?").param(leaving).update();

			String first = page("/team/callovers/" + meeting, "manager");
			assertThat(first).contains("People without a keyworker", "id=\"person-" + nobodys + "\"")
				.doesNotContain("id=\"person-" + sams + "\"", "Also discussed", "Moving to her sister");
			String sam = page("/team/callovers/" + meeting + "?keyworkerId=" + ids.account("worker"), "manager");
			assertThat(sam).contains("id=\"person-" + sams + "\"").doesNotContain("id=\"person-" + nobodys + "\"");

			long lastKeyworker = jdbc.sql("""
					select s.keyworker_id from service_user s join account a on a.id = s.keyworker_id
					where s.team_id = (select team_id from callover_meeting where id = ?)
					  and s.status in ('ACTIVE', 'REFERRED')
					order by lower(a.display_name) desc, s.keyworker_id desc limit 1
					""").param(meeting).query(Long.class).single();
			String last = page("/team/callovers/" + meeting + "?keyworkerId=" + lastKeyworker, "manager");
			assertThat(last).as("the last part keeps the rest of the record")
				.contains("Also discussed", "id=\"person-" + leaving + "\"", "Moving to her sister")
				.doesNotContain("rel=\"next\"");
		}

		@Test
		void theRecordOfTheMeetingHasEveryDecisionOfEveryPartByName() throws Exception {
			long nobodys = TestPeople.named(TestPeople.uniqueName("Unassigned Record"))
				.keyworker(null)
				.save(mvc, users, jdbc);
			long sams = TestPeople.named(TestPeople.uniqueName("Sams Record")).save(mvc, users, jdbc);
			long meeting = start("manager");
			mvc.perform(decision(meeting, nobodys, "manager", "Needs a keyworker this week", "", "", "", ""))
				.andExpect(status().isFound());
			mvc.perform(decision(meeting, sams, "manager", "Bidding for a flat", "", "", "", ""))
				.andExpect(status().isFound());
			assertThat(page("/team/callovers/" + meeting, "manager"))
				.contains("/team/callovers/" + meeting + "/record");
			String record = page("/team/callovers/" + meeting + "/record", "worker");
			assertThat(record)
				.contains("Record of the callover on", "Needs a keyworker this week", "Bidding for a flat")
				.doesNotContain("data-decision-form");
			assertThat(record.indexOf("id=\"person-" + sams + "\"")).as("by name: Sams before Unassigned")
				.isPositive()
				.isLessThan(record.indexOf("id=\"person-" + nobodys + "\""));
			for (String outsider : new String[] { "citymanager", "worker2" }) {
				mvc.perform(get("/team/callovers/{m}/record", meeting).with(users.as(outsider)))
					.andExpect(status().isNotFound());
			}
		}

	}

	@Nested
	class RecordingDecisions {

		@Test
		void eachPersonIsSavedOnItsOwnAndTheManagerIsTakenBackToThatPerson() throws Exception {
			long first = TestPeople.named(TestPeople.uniqueName("First Person")).save(mvc, users, jdbc);
			long second = TestPeople.named(TestPeople.uniqueName("Second Person")).save(mvc, users, jdbc);
			long meeting = start("manager");
			mvc.perform(decision(meeting, first, "manager", "Rent arrears", "Phone the landlord", "", "", ""))
				.andExpect(status().isFound())
				.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(
						"/team/callovers/" + meeting + "?keyworkerId=" + ids.account("worker") + "#person-" + first));
			mvc.perform(decision(meeting, second, "manager", "Missed the GP", "Go with them", "", "", ""))
				.andExpect(status().isFound());
			assertThat(page("/team/callovers/" + meeting + "?keyworkerId=" + ids.account("worker"), "worker"))
				.contains("Phone the landlord", "Go with them");
		}

		@Test
		void mistakesAreShownWithWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Mistake Person")).save(mvc, users, jdbc);
			long meeting = start("manager");
			String page = perform(decision(meeting, person, "manager", " ", "Kept agreed text", id("worker"), "", ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("govuk-error-summary", "Enter what was discussed",
					"Enter the date it should be followed up by", "Kept agreed text", "href=\"#followUpDue\"");
			String noOne = perform(
					decision(meeting, person, "manager", "Something", "", "", dates.today().plusDays(3).toString(), ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(noOne).contains("Choose who follows it up, or leave the date empty");
			String notStaff = perform(decision(meeting, person, "manager", "Something", "", id("worker2"),
					dates.today().plusDays(3).toString(), ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(notStaff).contains("Choose a member of the team&#39;s staff");
			assertThat(count("select count(*) from callover_decision where service_user_id = ?", person)).isZero();
		}

		@Test
		void aStaleChangeIsRefusedAndKeepsWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Stale Person")).save(mvc, users, jdbc);
			long meeting = start("manager");
			mvc.perform(decision(meeting, person, "manager", "First version", "", "", "", ""))
				.andExpect(status().isFound());
			mvc.perform(decision(meeting, person, "manager", "Second version", "", "", "", "0"))
				.andExpect(status().isFound());
			String stale = perform(decision(meeting, person, "manager", "My late version", "", "", "", "0"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else recorded or changed", "My late version", "Second version");
			// a second "new" decision about the same person is stale too
			perform(decision(meeting, person, "manager", "Also new", "", "", "", "")).andExpect(status().isConflict());
			assertThat(jdbc.sql("select discussed from callover_decision where meeting_id = ? and service_user_id = ?")
				.params(meeting, person)
				.query(String.class)
				.single()).isEqualTo("Second version");
		}

	}

	@Nested
	class FollowUps {

		@Test
		void aFollowUpReachesTheAssignedWorkersCaseloadUntilDoneAndNoOneElses() throws Exception {
			long theirs = TestPeople.named(TestPeople.uniqueName("Followed Person")).save(mvc, users, jdbc);
			long forJordan = TestPeople.named(TestPeople.uniqueName("Jordans Task")).save(mvc, users, jdbc);
			long meeting = start("manager");
			String due = dates.today().plusDays(5).toString();
			String forWorker = TestPeople.uniqueName("FUWORKER").replace(' ', '-');
			String forJordanText = TestPeople.uniqueName("FUJORDAN").replace(' ', '-');
			mvc.perform(decision(meeting, theirs, "manager", "Benefits", "Book the benefits check " + forWorker,
					id("worker"), due, ""))
				.andExpect(status().isFound());
			mvc.perform(decision(meeting, forJordan, "manager", "Bike", "Find a bike repair " + forJordanText,
					id("jordan"), due, ""))
				.andExpect(status().isFound());

			assertThat(page("/caseload", "worker")).contains("Book the benefits check " + forWorker)
				.doesNotContain(forJordanText);
			assertThat(page("/caseload", "jordan")).contains(forJordanText).doesNotContain(forWorker);
			assertThat(page("/caseload", "worker2")).doesNotContain(forWorker, forJordanText);
			assertThat(page("/service-users/" + theirs, "worker")).contains("id=\"callover-follow-ups\"", forWorker);

			// overdue once its date has passed
			try (TestClock.Moved later = clock.movedBy(Duration.ofDays(7))) {
				assertThat(page("/caseload", "worker")).contains(forWorker, "Overdue since");
				assertThat(page("/caseload", "jordan")).contains("overdue since");
			}

			long decision = jdbc.sql("select id from callover_decision where service_user_id = ?")
				.param(theirs)
				.query(Long.class)
				.single();
			// someone else in the team may read it but not mark it done
			mvc.perform(done(theirs, decision, "jordan", "0", "")).andExpect(status().isForbidden());
			mvc.perform(get("/service-users/{id}/callover-follow-ups/{d}", theirs, decision).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			mvc.perform(done(theirs, decision, "worker", "0", "Booked for Tuesday"))
				.andExpect(status().isFound())
				.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/caseload"));
			assertThat(page("/caseload", "worker")).doesNotContain(forWorker);
			assertThat(page("/service-users/" + theirs, "worker")).doesNotContain("id=\"callover-follow-ups\"");
			assertThat(page("/team/callovers/" + meeting + "?keyworkerId=" + ids.account("worker"), "manager"))
				.contains("Booked for Tuesday", "Done on");
			// twice is refused
			mvc.perform(done(theirs, decision, "worker", "1", "")).andExpect(status().isConflict());
		}

	}

	@Nested
	class Timeline {

		@Test
		void decisionsAreOnThePersonsTimelineForStaffButNotForTheirPeer() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Timeline Person")).save(mvc, users, jdbc);
			TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);
			long meeting = start("manager");
			mvc.perform(decision(meeting, person, "manager", "Sleep", "Talk to the GP STAFFONLYTEXT", "", "", ""))
				.andExpect(status().isFound());
			String date = dates.today().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
			for (String staff : new String[] { "worker", "jordan", "manager" }) {
				assertThat(page("/service-users/" + person, staff))
					.contains("Discussed at the team callover on " + date, "STAFFONLYTEXT");
				assertThat(page("/service-users/" + person + "?kind=callover", staff)).contains("STAFFONLYTEXT");
			}
			String peer = page("/service-users/" + person, "peer");
			assertThat(peer).doesNotContain("STAFFONLYTEXT", "Discussed at the team callover");
			assertThat(page("/service-users/" + person + "?kind=callover", "peer")).doesNotContain("STAFFONLYTEXT");
		}

	}

	@Nested
	class TheDemo {

		@Test
		void lastWeeksCalloverHasThreeDecisionsWithTwoOpenFollowUpsForWorkerOneOverdueAndOneDone() throws Exception {
			long meeting = jdbc.sql("""
					select m.id from callover_meeting m join team t on t.id = m.team_id
					where t.name = 'North Housing First' order by m.held_on, m.id limit 1
					""").query(Long.class).single();
			assertThat(count("""
					select count(*) from callover_decision d join account a on a.id = d.follow_up_by
					where d.meeting_id = ? and a.username = 'worker'
					""", meeting)).isEqualTo(3);
			assertThat(count("""
					select count(*) from callover_decision where meeting_id = ? and done_at is null
					  and follow_up_due < current_date
					""", meeting)).isEqualTo(1);
			assertThat(count("""
					select count(*) from callover_decision where meeting_id = ? and done_at is null
					  and follow_up_due > current_date
					""", meeting)).isEqualTo(1);
			assertThat(count("select count(*) from callover_decision where meeting_id = ? and done_at is not null",
					meeting))
				.isEqualTo(1);
			assertThat(page("/caseload", "worker")).contains("Phone the landlord about a payment plan");
			assertThat(page("/team/callovers/" + meeting + "?keyworkerId=" + ids.account("worker"), "manager"))
				.contains("Form sent together on Tuesday.");
		}

	}

	private long start(String manager) throws Exception {
		String location = mvc.perform(post("/team/callovers").with(csrf()).with(users.as(manager)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder decision(long meeting, long person, String as, String discussed,
			String agreed, String followUpBy, String due, String version) {
		return post("/team/callovers/{m}/people/{id}", meeting, person).with(csrf())
			.with(users.as(as))
			.param("discussed", discussed)
			.param("agreed", agreed)
			.param("followUpBy", followUpBy)
			.param("followUpDue", due)
			.param("version", version);
	}

	private MockHttpServletRequestBuilder done(long person, long decision, String as, String version, String note) {
		return post("/service-users/{id}/callover-follow-ups/{d}/done", person, decision).with(csrf())
			.with(users.as(as))
			.param("version", version)
			.param("note", note)
			.param("from", "caseload");
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request);
	}

	private String page(String path, String as) throws Exception {
		return mvc.perform(get(path).with(users.as(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String id(String username) {
		return String
			.valueOf(jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single());
	}

	private long count(String sql, Object... args) {
		return jdbc.sql(sql).params(args).query(Long.class).single();
	}

}
