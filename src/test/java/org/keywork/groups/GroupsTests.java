package org.keywork.groups;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
 * Group sessions as the team's staff, the attendees, their peers and outsiders meet them:
 * starting and changing a group (validation, a stale change refused with what was typed
 * kept, another team's group out of reach), recording a session with who came, each
 * attendee's timeline and portal showing it once without anyone else's name or the
 * session's note, the weekly contact clock left alone, and the people to invite listed by
 * their preference for group work.
 */
@KeyworkTest
class GroupsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Nested
	class StartingAndChangingAGroup {

		@Test
		void aWorkerStartsAGroupThatTheTeamSeesAndAnotherTeamCannotReach() throws Exception {
			String title = TestPeople.uniqueName("Walking group");
			long group = create(title, "worker", "jordan");
			String page = page("/groups/" + group, "jordan");
			assertThat(page).contains(title, "Walks in the park", "Jordan Ellis (demo)", "Record a session");
			assertThat(page("/groups?sort=recent", "manager")).contains(title);

			// another team: as if it did not exist; peers and the person: not staff pages
			mvc.perform(get("/groups/{g}", group).with(users.as("worker2"))).andExpect(status().isNotFound());
			mvc.perform(get("/groups/{g}/edit", group).with(users.as("citymanager"))).andExpect(status().isNotFound());
			assertThat(page("/groups?sort=recent", "worker2")).doesNotContain(title);
			mvc.perform(get("/groups/{g}", group).with(users.as("peer"))).andExpect(status().isForbidden());
			mvc.perform(get("/groups").with(users.as("serviceuser"))).andExpect(status().isForbidden());
		}

		@Test
		void aFormWithMistakesIsShownAgainWithWhatWasTyped() throws Exception {
			long worker2 = accountId("worker2");
			String wrong = mvc
				.perform(post("/groups").with(csrf())
					.with(users.as("worker"))
					.param("teamId", String.valueOf(north()))
					.param("title", " ")
					.param("topic", "Kept topic text")
					.param("facilitatorIds", String.valueOf(worker2)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary", "Enter the group&#39;s title",
					"Choose staff of the group&#39;s team", "Kept topic text", "href=\"#title\"");
			String none = mvc
				.perform(post("/groups").with(csrf())
					.with(users.as("worker"))
					.param("teamId", String.valueOf(north()))
					.param("title", "No one runs it"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(none).contains("Choose at least one member of staff who runs the group");
			// a team that is not the worker's
			String otherTeam = mvc
				.perform(post("/groups").with(csrf())
					.with(users.as("worker"))
					.param("teamId", String.valueOf(teamOf("worker2")))
					.param("title", "Elsewhere")
					.param("facilitatorIds", String.valueOf(worker2)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(otherTeam).contains("Choose the team that runs the group");
		}

		@Test
		void aStaleChangeIsRefusedWithWhatWasTypedKept() throws Exception {
			long group = create(TestPeople.uniqueName("Art group"), "worker");
			mvc.perform(change(group, 0, "Art and crafts", true)).andExpect(status().is3xxRedirection());
			String stale = mvc.perform(change(group, 0, "Typed on a stale form", false))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else changed this group", "Typed on a stale form");
			assertThat(
					jdbc.sql("select title from support_group where id = ?").param(group).query(String.class).single())
				.isEqualTo("Art and crafts");
			// ended: no new sessions
			mvc.perform(change(group, 1, "Art and crafts", false)).andExpect(status().is3xxRedirection());
			assertThat(page("/groups/" + group, "worker")).contains("Ended").doesNotContain("Record a session");
			mvc.perform(get("/groups/{g}/sessions/new", group).with(users.as("worker")))
				.andExpect(status().isNotFound());
		}

		private MockHttpServletRequestBuilder change(long group, long version, String title, boolean active) {
			return post("/groups/{g}", group).with(csrf())
				.with(users.as("worker"))
				.param("title", title)
				.param("facilitatorIds", String.valueOf(accountId("worker")))
				.param("active", String.valueOf(active))
				.param("version", String.valueOf(version));
		}

	}

	@Nested
	class Sessions {

		@Test
		void attendanceIsOnEachAttendeesTimelineOnceAndNeverNamesAnotherAttendee() throws Exception {
			long amal = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Amal Groupone");
			long bea = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Bea Grouptwo");
			String amalName = name(amal);
			String beaName = name(bea);
			long apologies = TestPeople.named(TestPeople.uniqueName("Cy Groupthree")).save(mvc, users, jdbc);
			String title = TestPeople.uniqueName("Cooking club");
			long group = create(title, "worker");
			long session = record(group, LocalDate.now(), "Rosie's kitchen", "SESSION-NOTE made soup together",
					Map.of(amal, "ATTENDED", bea, "ATTENDED", apologies, "APOLOGIES"));

			String sessionPage = page("/groups/" + group + "/sessions/" + session, "jordan");
			assertThat(sessionPage).contains("SESSION-NOTE made soup together", amalName, beaName, "Sent apologies")
				.contains(amalName + "</a>:")
				.doesNotContainPattern("</a>\\s+:");
			assertThat(page("/groups/" + group, "worker")).contains("2 of 3 invited");

			for (long[] pair : new long[][] { { amal, bea }, { bea, amal } }) {
				String timeline = page("/service-users/" + pair[0], "worker");
				assertThat(count(timeline, "Group session: " + title)).as("once on the timeline").isEqualTo(1);
				assertThat(timeline).contains("SESSION-NOTE made soup together")
					.doesNotContain(name(pair[1]))
					.contains("/groups/" + group + "/sessions/" + session);
				String portal = page("/my-support/group-sessions", PortalPeople.username(pair[0]));
				assertThat(portal).contains(title, "Rosie&#39;s kitchen").doesNotContain(name(pair[1]), "SESSION-NOTE");
			}
			// sent apologies: not on their timeline
			assertThat(page("/service-users/" + apologies, "worker")).doesNotContain("Group session: " + title);

			// a peer linked with the notes sees that Amal came, not what the note says
			TestPeople.peer("peer").linkedTo(amal).scope("NOTES").save(mvc, users, jdbc);
			String peer = page("/service-users/" + amal, "peer");
			assertThat(peer).contains("Group session: " + title)
				.doesNotContain("SESSION-NOTE", beaName, "/groups/" + group);
			// the group's pages stay staff pages
			mvc.perform(get("/groups/{g}/sessions/{s}", group, session).with(users.as("peer")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/groups/{g}/sessions/{s}", group, session).with(users.as("worker2")))
				.andExpect(status().isNotFound());

			// Bea moves to another team: its staff see that she came, never the North
			// group's note or page; North's session page no longer names her
			jdbc.sql("""
					update service_user set keyworker_id = null,
					       team_id = (select id from team where name = 'City Floating Support') where id = ?""")
				.param(bea)
				.update();
			String city = page("/service-users/" + bea, "worker2");
			assertThat(city).contains("Group session: " + title)
				.doesNotContain("SESSION-NOTE", "/groups/" + group, amalName);
			String moved = page("/groups/" + group + "/sessions/" + session, "jordan");
			assertThat(moved).contains(amalName, "Someone no longer supported by this team").doesNotContain(beaName);
		}

		@Test
		void aSessionIsRecordedOnceItHappenedWithSomeoneInvitedFromTheTeam() throws Exception {
			long group = create(TestPeople.uniqueName("Gardening"), "worker");
			String wrong = mvc
				.perform(post("/groups/{g}/sessions", group).with(csrf())
					.with(users.as("worker"))
					.param("on", LocalDate.now().plusDays(3).toString())
					.param("startsAt", "10:00")
					.param("place", "Kept place")
					.param("note", ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary", "the date cannot be in the future",
					"Enter what happened at the session", "Choose at least one person who was invited",
					"value=\"Kept place\"", "href=\"#attendance\"");
			// someone of another team cannot be put on the list
			long ronald = jdbc.sql("select id from service_user where team_id <> ? order by id limit 1")
				.param(north())
				.query(Long.class)
				.single();
			mvc.perform(post("/groups/{g}/sessions", group).with(csrf())
				.with(users.as("worker"))
				.param("on", LocalDate.now().toString())
				.param("startsAt", "10:00")
				.param("place", "The garden")
				.param("note", "Planted beans")
				.param("attendance[" + ronald + "]", "ATTENDED")).andExpect(status().isForbidden());
			assertThat(jdbc.sql("select count(*) from group_session where group_id = ?")
				.param(group)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void comingToAGroupDoesNotResetTheWeeklyContactClock() throws Exception {
			long person = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Dee Clock"), "worker",
					LocalDate.now().minusMonths(2));
			assertThat(overdueOnCaseload(person)).isTrue();
			long group = create(TestPeople.uniqueName("Music group"), "worker");
			record(group, LocalDate.now(), "The hall", "Played guitar", Map.of(person, "ATTENDED"));
			assertThat(overdueOnCaseload(person)).as("group work does not replace individual work").isTrue();
			assertThat(page("/service-users/" + person, "worker")).contains("id=\"group-sessions\"",
					"these do not count as weekly contact");
		}

	}

	@Nested
	class WhoToInvite {

		@Test
		void peopleWhoPreferGroupWorkComeFirstThenEitherThenUnrecordedThenOneToOne() throws Exception {
			long oneToOne = preferring("ONE_TO_ONE");
			long unrecorded = preferring(null);
			long either = preferring("EITHER");
			long group = preferring("GROUP");
			long groupId = create(TestPeople.uniqueName("Book club"), "worker");
			String form = page("/groups/" + groupId + "/sessions/new", "worker");
			int g = form.indexOf("data-invitee=\"" + group + "\"");
			int e = form.indexOf("data-invitee=\"" + either + "\"");
			int u = form.indexOf("data-invitee=\"" + unrecorded + "\"");
			int o = form.indexOf("data-invitee=\"" + oneToOne + "\"");
			assertThat(g).isPositive();
			assertThat(g).isLessThan(e);
			assertThat(e).isLessThan(u);
			assertThat(u).isLessThan(o);
			assertThat(form).contains("Prefers groups", "Prefers one-to-one", "Preference not recorded");
			// by the name they go by, the legal name beside it
			assertThat(form).contains("Known-as " + group);
		}

		private long preferring(String groupWork) throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Invitee")).save(mvc, users, jdbc);
			jdbc.sql("update service_user set preferred_name = ? where id = ?")
				.params("Known-as " + person, person)
				.update();
			if (groupWork != null) {
				jdbc.sql("""
						insert into engagement_preference (service_user_id, group_work, changed_at, changed_by)
						values (?, ?, now(), ?)
						""").params(person, groupWork, accountId("worker")).update();
			}
			return person;
		}

	}

	long create(String title, String... facilitators) throws Exception {
		MockHttpServletRequestBuilder request = post("/groups").with(csrf())
			.with(users.as("worker"))
			.param("teamId", String.valueOf(north()))
			.param("title", title)
			.param("topic", "Walks in the park");
		for (String f : facilitators) {
			request = request.param("facilitatorIds", String.valueOf(accountId(f)));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from support_group where title = ?").param(title).query(Long.class).single();
	}

	long record(long group, LocalDate on, String place, String note, Map<Long, String> attendance) throws Exception {
		MockHttpServletRequestBuilder request = post("/groups/{g}/sessions", group).with(csrf())
			.with(users.as("worker"))
			.param("on", on.toString())
			.param("startsAt", "00:01")
			.param("place", place)
			.param("note", note);
		for (Map.Entry<Long, String> entry : attendance.entrySet()) {
			request = request.param("attendance[" + entry.getKey() + "]", entry.getValue());
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return jdbc.sql("select max(id) from group_session where group_id = ?").param(group).query(Long.class).single();
	}

	String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	boolean overdueOnCaseload(long person) throws Exception {
		String page = page("/caseload", "worker");
		int at = page.indexOf("data-person-id=\"" + person + "\"");
		assertThat(at).as("on the caseload").isPositive();
		return page.substring(at, page.indexOf("</tr>", at)).contains("data-overdue");
	}

	String name(long person) {
		return jdbc.sql("select legal_name from service_user where id = ?").param(person).query(String.class).single();
	}

	long north() {
		return jdbc.sql("select id from team where name = 'North Housing First'").query(Long.class).single();
	}

	long teamOf(String username) {
		return jdbc
			.sql("select t.team_id from account_team t join account a on a.id = t.account_id where a.username = ?")
			.param(username)
			.query(Long.class)
			.list()
			.get(0);
	}

	long accountId(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

}
