package org.keywork.caseload;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestNotes;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly-contact rule against the database: notes written with SQL relative to a
 * chosen "today", read back through the same queries the caseload uses, so the date
 * arithmetic and the attempts filter are both real.
 */
@KeyworkTest
class WeeklyContactRuleTests {

	static final LocalDate TODAY = LocalDate.of(2030, 3, 14);

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseloadQueries queries;

	@Autowired
	TestClock clock;

	@Test
	void sevenDaysAgoIsNotOverdueEightDaysIsOnlyAttemptsAreAndTheTeamFrequencyCounts() throws Exception {
		LocalDate start = TODAY.minusDays(60);
		long seven = person("Seven", start);
		long eight = person("Eight", start);
		long attempts = person("Attempts", start);
		note(seven, TODAY.minusDays(7), "HOME_VISIT");
		note(seven, TODAY.minusDays(1), "ATTEMPTED_NO_ANSWER");
		note(eight, TODAY.minusDays(8), "PHONE_CALL");
		note(attempts, TODAY.minusDays(1), "ATTEMPTED_NO_ANSWER");
		note(attempts, TODAY.minusDays(3), "ATTEMPTED_NO_ANSWER");

		assertThat(row(seven).overdue()).isFalse();
		assertThat(row(seven).contact().daysSince()).isEqualTo(7);
		assertThat(row(eight).overdue()).isTrue();
		assertThat(row(attempts).overdue()).isTrue();
		assertThat(row(attempts).lastSuccessfulContact()).isNull();
		assertThat(row(attempts).lastAttempt()).isNotNull();

		// a team that aims for fortnightly contact: eight days is fine, until the team
		// changes its target
		long team = TestTeams.named(TestPeople.uniqueName("Fortnightly")).contactEveryDays(14).save(this.jdbc);
		this.jdbc.sql("update service_user set team_id = ? where id = ?").params(team, eight).update();
		assertThat(row(eight, team).overdue()).isFalse();
		this.jdbc.sql("update team set contact_frequency_days = 8 where id = ?").param(team).update();
		assertThat(row(eight, team).overdue()).isFalse();
		this.jdbc.sql("update team set contact_frequency_days = 7 where id = ?").param(team).update();
		assertThat(row(eight, team).overdue()).isTrue();
	}

	/**
	 * Issue 14: the rule applies to future tenants, from the day they were referred; they
	 * are on the callover and count on the dashboard.
	 */
	@Test
	void aReferredPersonIsMeasuredFromTheReferralAndBecomesOverdueOnTheClock() throws Exception {
		String name = TestPeople.uniqueName("Referred");
		long referred = TestPeople.named(name)
			.status("REFERRED")
			.supportStart(null)
			.save(this.mvc, this.users, this.jdbc);
		this.jdbc.sql("update service_user set referred_on = ? where id = ?")
			.params(TODAY.minusDays(7), referred)
			.update();
		CaseloadRow row = row(referred, north(), Set.of("REFERRED"));
		assertThat(row.overdue()).isFalse();
		assertThat(row.contact().dueOn()).isEqualTo(TODAY);
		this.jdbc.sql("update service_user set referred_on = ? where id = ?")
			.params(TODAY.minusDays(8), referred)
			.update();
		assertThat(row(referred, north(), Set.of("REFERRED")).overdue()).isTrue();
		// a contact by staff resets the clock, as for anyone
		note(referred, TODAY.minusDays(2), "OUTREACH");
		assertThat(row(referred, north(), Set.of("REFERRED")).overdue()).isFalse();

		// on the application clock: referred today (the default), overdue after a week
		// and a day, on the caseload and on the callover
		String later = TestPeople.uniqueName("Referred");
		long fresh = TestPeople.named(later)
			.status("REFERRED")
			.supportStart(null)
			.save(this.mvc, this.users, this.jdbc);
		assertThat(overdueOnCaseload(fresh)).isFalse();
		try (TestClock.Moved moved = this.clock.movedBy(Duration.ofDays(8))) {
			assertThat(overdueOnCaseload(fresh)).isTrue();
			String callover = this.mvc
				.perform(get("/team/callover")
					.param("keyworkerId", String.valueOf(new DemoIds(this.jdbc).account("worker")))
					.with(this.users.as("manager")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(callover).contains("data-person-id=\"" + fresh + "\"");
		}
	}

	/** Issue 14: only contact by staff counts; a peer's contact is shown beside it. */
	@Test
	void aPeersContactNeverResetsTheStaffClockButIsShownBesideIt() throws Exception {
		long person = person("Peer", TODAY.minusDays(60));
		note(person, TODAY.minusDays(10), "HOME_VISIT");
		TestNotes.by("peer")
			.on(person)
			.at(TODAY.minusDays(1).atTime(11, 0).atZone(LONDON).toInstant())
			.type("INFORMAL_ACTIVITY")
			.peerContact()
			.text("Coffee together")
			.minutes(null)
			.save(this.jdbc);
		CaseloadRow row = row(person);
		assertThat(row.overdue()).isTrue();
		assertThat(row.contact().daysSince()).isEqualTo(10);
		assertThat(row.lastPeerContact()).isEqualTo(TODAY.minusDays(1).atTime(11, 0).atZone(LONDON).toInstant());
	}

	/** Issue 14: each team decides whether text messages count (they do by default). */
	@Test
	void eachTeamDecidesWhetherTextsCount() throws Exception {
		long person = person("Texts", TODAY.minusDays(60));
		long team = TestTeams.named(TestPeople.uniqueName("Texting")).contactEveryDays(7).save(this.jdbc);
		this.jdbc.sql("update service_user set team_id = ? where id = ?").params(team, person).update();
		note(person, TODAY.minusDays(12), "HOME_VISIT");
		note(person, TODAY.minusDays(2), "TEXT_MESSAGE");
		assertThat(row(person, team).overdue()).isFalse();

		// the admin unticks "texts count" on the team form (the box sends only its
		// marker)
		long version = this.jdbc.sql("select version from team where id = ?").param(team).query(Long.class).single();
		String name = this.jdbc.sql("select name from team where id = ?").param(team).query(String.class).single();
		this.mvc
			.perform(post("/admin/teams/{id}/edit", team).with(this.users.as("admin"))
				.with(csrf())
				.param("name", name)
				.param("contactFrequencyDays", "7")
				.param("reviewIntervalMonths", "3")
				.param("outcomeIntervalMonths", "3")
				.param("_textsCount", "on")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/teams"));
		assertThat(this.jdbc.sql("select texts_count from team where id = ?").param(team).query(Boolean.class).single())
			.isFalse();
		CaseloadRow row = row(person, team);
		assertThat(row.overdue()).isTrue();
		assertThat(row.contact().daysSince()).isEqualTo(12);
	}

	private boolean overdueOnCaseload(long person) throws Exception {
		String page = this.mvc.perform(get("/caseload").with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int at = page.indexOf("data-person-id=\"" + person + "\"");
		assertThat(at).as("on the caseload").isPositive();
		String row = page.substring(at, page.indexOf("</tr>", at));
		return row.contains("data-overdue");
	}

	private long north() {
		return new DemoIds(this.jdbc).north();
	}

	private long person(String name, LocalDate start) throws Exception {
		return TestPeople.activeInNorth(this.mvc, this.users, this.jdbc, TestPeople.uniqueName(name), "worker", start);
	}

	private void note(long person, LocalDate day, String type) {
		TestNotes.by("worker")
			.on(person)
			.at(day.atTime(11, 0).atZone(LONDON).toInstant())
			.type(type)
			.text("Test note")
			.minutes(null)
			.save(this.jdbc);
	}

	private CaseloadRow row(long person) {
		long team = this.jdbc.sql("select team_id from service_user where id = ?")
			.param(person)
			.query(Long.class)
			.single();
		return row(person, team);
	}

	private CaseloadRow row(long person, long team) {
		return row(person, team, Set.of("ACTIVE"));
	}

	private CaseloadRow row(long person, long team, Set<String> statuses) {
		return this.queries.rows(new CaseloadQueries.Filter(Set.of(team), statuses, null, false), TODAY)
			.stream()
			.filter(r -> r.personId() == person)
			.findFirst()
			.orElseThrow();
	}

}
