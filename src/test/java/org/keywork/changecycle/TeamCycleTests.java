package org.keywork.changecycle;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestTeams;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team view of people moving through the Cycle of Change: a team of its own, so the
 * numbers are the test's; the last three months move with the application's clock.
 */
@KeyworkTest
class TeamCycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	String manager;

	String worker;

	long team;

	@BeforeEach
	void aTeamOfItsOwn() {
		team = TestTeams.named(TestPeople.uniqueName("Cycle Team")).save(jdbc);
		manager = account("MANAGER");
		worker = account("WORKER");
	}

	@Test
	void openIssuesAtEachStageAndMovesForwardAndLapsesInTheLastThreeMonths() throws Exception {
		LocalDate today = LocalDate.now();
		long ann = person();
		long drinking = issue(ann, "drinking", "CONTEMPLATION", today.minusDays(200));
		stage(ann, drinking, "PREPARATION", today.minusDays(150));
		stage(ann, drinking, "ACTION", today.minusDays(40));
		stage(ann, drinking, "LAPSE", today.minusDays(10));
		long rent = issue(ann, "rent", "CONTEMPLATION", today.minusDays(20));
		stage(ann, rent, "PREPARATION", today.minusDays(5));
		long bob = person();
		long smoking = issue(bob, "smoking", "ACTION", today.minusDays(30));
		stage(bob, smoking, "CONSOLIDATION", today.minusDays(3));
		long closed = issue(bob, "gambling", "ACTION", today.minusDays(30));
		mvc.perform(post("/service-users/{id}/cycle-of-change/issues/close", bob).with(csrf())
			.with(users.as(worker))
			.param("issueId", String.valueOf(closed))
			.param("version", "0")).andExpect(status().isFound());

		String page = page("/team/outcomes/cycle");
		assertThat(row(page, "LAPSE")).contains("data-now>1<", "data-moves>1<");
		assertThat(row(page, "PREPARATION")).contains("data-now>1<", "data-moves>1<");
		assertThat(row(page, "CONSOLIDATION")).contains("data-now>1<", "data-moves>1<");
		// action: the move from preparation 40 days ago; nothing open there now
		assertThat(row(page, "ACTION")).contains("data-now>0<", "data-moves>1<");
		assertThat(row(page, "CONTEMPLATION")).contains("data-now>0<", "data-moves>0<");
		assertThat(page)
			.contains("2 people have 3 open issues. In the last 3 months there were 3 moves forward and one lapse.");
		assertThat(page).contains("role=\"img\"", "data-team-chart", "href=\"/team/outcomes\"");

		String csv = mvc.perform(get("/team/outcomes/cycle.csv").with(users.as(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("\"Stage\",\"Open issues now\",")
			.contains("\"Consolidation\",1,1", "\"Action\",0,1", "\"Lapse\",1,1", "\"Pre-contemplation\",0,0");

		// two months on, the move into action and the move into preparation have left the
		// three months
		try (TestClock.Moved moved = clock.movedBy(Duration.ofDays(70))) {
			String later = page("/team/outcomes/cycle");
			assertThat(row(later, "ACTION")).contains("data-moves>0<");
			assertThat(row(later, "LAPSE")).contains("data-now>1<", "data-moves>1<");
		}
	}

	@Test
	void onlyTheManagersOwnTeamsAreCountedAndWorkersMayNotOpenIt() throws Exception {
		long ann = person();
		issue(ann, "drinking", "CONTEMPLATION", LocalDate.now().minusDays(3));
		assertThat(row(page("/team/outcomes/cycle"), "CONTEMPLATION")).contains("data-now>1<");
		String other = mvc.perform(get("/team/outcomes/cycle").with(users.as("citymanager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(other).doesNotContain("drinking");
		mvc.perform(get("/team/outcomes/cycle").with(users.as(worker))).andExpect(status().isForbidden());
		mvc.perform(get("/team/outcomes/cycle.csv").with(users.as("peer"))).andExpect(status().isForbidden());
	}

	String account(String role) {
		String username = TestPeople.uniqueName("cycle-" + role.toLowerCase()).replace(' ', '-');
		long id = jdbc.sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, ?, 'not-a-password', ?) returning id
				""").params(username, username, role).query(Long.class).single();
		TestTeams.addMember(jdbc, team, id);
		return username;
	}

	long person() throws Exception {
		return TestPeople.named(TestPeople.uniqueName("Cycle Team Person"))
			.inTeam(team)
			.keyworker(null)
			.by(worker)
			.save(mvc, users, jdbc);
	}

	long issue(long person, String name, String stage, LocalDate on) throws Exception {
		mvc.perform(post("/service-users/{id}/cycle-of-change/issues", person).with(csrf())
			.with(users.as(worker))
			.param("name", name)
			.param("stage", stage)
			.param("on", on.toString())).andExpect(status().isFound());
		return jdbc.sql("select id from cycle_issue where service_user_id = ? and name = ?")
			.params(person, name)
			.query(Long.class)
			.single();
	}

	void stage(long person, long issue, String stage, LocalDate on) throws Exception {
		mvc.perform(post("/service-users/{id}/cycle-of-change/stages", person).with(csrf())
			.with(users.as(worker))
			.param("issueId", String.valueOf(issue))
			.param("stage", stage)
			.param("on", on.toString())).andExpect(status().isFound());
	}

	String page(String path) throws Exception {
		return mvc.perform(get(path).with(users.as(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String row(String page, String stage) {
		int start = page.indexOf("data-stage=\"" + stage + "\"");
		assertThat(start).isNotNegative();
		String row = page.substring(start, page.indexOf("</tr>", start));
		return "data-now>" + number(row, "data-now") + "< data-moves>" + number(row, "data-moves") + "<";
	}

	static String number(String row, String cell) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile(cell + "[^>]*>(\\d+)<").matcher(row);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

}
