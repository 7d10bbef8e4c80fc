package org.keywork.intensity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestNotes;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Support intensity (issue 14): the level and a crisis step-up change the target the
 * weekly rule uses on the caseload, on the application clock; the history reaches the
 * timeline; only the team's staff see or change it.
 */
@KeyworkTest
class IntensityTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aCrisisStepUpShortensTheTargetUntilItsEndDateThenTheLevelAppliesAgain() throws Exception {
		long person = person("Crisis");
		setLevel(person, "LIGHT", "Doing well");
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		TestNotes.by("worker")
			.on(person)
			.at(this.clock.instant().minus(Duration.ofDays(4)))
			.type("HOME_VISIT")
			.text("Visit")
			.minutes(null)
			.save(this.jdbc);
		// light: every 14 days, four days since the visit is fine
		assertThat(overdueOnCaseload(person)).isFalse();

		this.mvc
			.perform(post("/service-users/{id}/intensity/crisis", person).with(csrf())
				.with(this.users.as("worker"))
				.param("reason", "Lost his job and the rent is at risk")
				.param("endsOn", today.plusDays(3).toString()))
			.andExpect(redirectedUrl("/service-users/" + person + "/intensity"));
		// the intensive target (3 days) applies: overdue
		assertThat(overdueOnCaseload(person)).isTrue();
		this.mvc.perform(get("/service-users/{id}", person).with(this.users.as("worker")))
			.andExpect(content().string(containsString("data-crisis")));

		try (TestClock.Moved onTheLastDay = this.clock.movedBy(Duration.ofDays(3))) {
			assertThat(overdueOnCaseload(person)).isTrue();
		}
		try (TestClock.Moved afterTheEnd = this.clock.movedBy(Duration.ofDays(4))) {
			// eight days since the visit, light again: within target
			assertThat(overdueOnCaseload(person)).isFalse();
			this.mvc.perform(get("/service-users/{id}/intensity", person).with(this.users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("data-crisis"))));
		}
	}

	@Test
	void endingTheStepUpSoonerReturnsThePersonToTheirLevelAndAStaleEndIsExplained() throws Exception {
		long person = person("Ended");
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		this.mvc
			.perform(post("/service-users/{id}/intensity/crisis", person).with(csrf())
				.with(this.users.as("worker"))
				.param("reason", "Hospital discharge")
				.param("endsOn", today.plusDays(10).toString()))
			.andExpect(status().is3xxRedirection());
		long crisis = this.jdbc.sql("select id from intensity_crisis where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/service-users/{id}/intensity/crisis/end", person).with(csrf())
				.with(this.users.as("manager"))
				.param("crisisId", String.valueOf(crisis))
				.param("version", "0")
				.param("reason", "Settled at home"))
			.andExpect(redirectedUrl("/service-users/" + person + "/intensity"));
		this.mvc
			.perform(post("/service-users/{id}/intensity/crisis/end", person).with(csrf())
				.with(this.users.as("worker"))
				.param("crisisId", String.valueOf(crisis))
				.param("version", "0"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/service-users/{id}/intensity", person).with(this.users.as("worker")))
			.andExpect(content().string(not(containsString("data-crisis"))))
			.andExpect(content().string(containsString("Settled at home")));
	}

	@Test
	void theHistoryIsOnTheTimelineForStaffAndNeverForPeers() throws Exception {
		long person = person("History");
		TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(this.mvc, this.users, this.jdbc);
		setLevel(person, "MOVING_ON", "Keys to a council flat next month");
		this.mvc.perform(get("/service-users/{id}", person).with(this.users.as("worker")))
			.andExpect(content().string(containsString("Support level set to Moving on")))
			.andExpect(content().string(containsString("Keys to a council flat next month")));
		this.mvc.perform(get("/service-users/{id}?kind=intensity", person).with(this.users.as("worker")))
			.andExpect(content().string(containsString("Support level set to Moving on")));
		this.mvc.perform(get("/service-users/{id}", person).with(this.users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Keys to a council flat next month"))))
			.andExpect(content().string(not(containsString("data-level"))));
		this.mvc.perform(get("/service-users/{id}?kind=intensity", person).with(this.users.as("peer")))
			.andExpect(content().string(not(containsString("Keys to a council flat next month"))));
	}

	@Test
	void onlyTheTeamsStaffSeeOrChangeIt() throws Exception {
		long person = person("Access");
		TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(this.mvc, this.users, this.jdbc);
		this.mvc.perform(get("/service-users/{id}/intensity", person).with(this.users.as("peer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/service-users/{id}/intensity", person).with(this.users.as("worker2")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/service-users/{id}/intensity/level", person).with(csrf())
				.with(this.users.as("worker2"))
				.param("level", "INTENSIVE")
				.param("reason", "Forged"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/service-users/{id}/intensity/level", person).with(csrf())
				.with(this.users.as("peer"))
				.param("level", "INTENSIVE")
				.param("reason", "Forged"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/service-users/{id}/intensity", 999_999_999L).with(this.users.as("worker")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from intensity_change where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aLevelFallsDueAReviewOnTheCaseloadAfterItsInterval() throws Exception {
		long person = person("Review");
		// North's intensive level is reviewed every 28 days (V70)
		setLevel(person, "INTENSIVE", "Just moved in");
		assertThat(caseloadRow(person)).doesNotContain("Support level (intensive): review");
		try (TestClock.Moved moved = this.clock.movedBy(Duration.ofDays(20))) {
			assertThat(caseloadRow(person)).containsPattern("Due [^<]*</strong>\\s*<a[^>]*href=\"/service-users/"
					+ person + "/intensity\"[^>]*>Support level \\(intensive\\): review");
		}
		try (TestClock.Moved moved = this.clock.movedBy(Duration.ofDays(30))) {
			assertThat(caseloadRow(person))
				.containsPattern("Overdue since [^<]*</strong>\\s*<a[^>]*>Support level \\(intensive\\): review");
		}
		// a new decision on the level starts the interval again
		try (TestClock.Moved moved = this.clock.movedBy(Duration.ofDays(30))) {
			setLevel(person, "STANDARD", "Settled");
			assertThat(caseloadRow(person)).doesNotContain("Support level (");
		}
	}

	@Test
	void thePersonReadsTheirOwnLevelAndStepUpInThePortalAndNoOneElses() throws Exception {
		long jamie = this.jdbc.sql("select id from service_user where legal_name = 'Jamie Brooks'")
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		setLevel(jamie, "LIGHT", "Jamie-is-settled-in-the-flat");
		this.mvc
			.perform(post("/service-users/{id}/intensity/crisis", jamie).with(csrf())
				.with(this.users.as("worker"))
				.param("reason", "Jamie-had-a-hard-week")
				.param("endsOn", today.plusDays(7).toString()))
			.andExpect(status().is3xxRedirection());
		// a reason written before the person could read reasons stays staff-only (V78)
		this.jdbc.sql("""
				insert into intensity_change (service_user_id, level, reason, changed_at, changed_by, reason_shared)
				select ?, 'STANDARD', 'Old-staff-only-reason', now() - interval '400 days', id, false
				from account where username = 'worker'""").param(jamie).update();
		long other = person("Other");
		setLevel(other, "INTENSIVE", "Someone-elses-reason");
		this.mvc.perform(get("/my-support/support-level").with(this.users.as("serviceuser")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are getting lighter support.")))
			.andExpect(content().string(containsString("aims to be in touch with you at least every 3 days")))
			.andExpect(content().string(containsString("you get extra support until")))
			.andExpect(content().string(containsString("Jamie-had-a-hard-week")))
			.andExpect(content().string(containsString("Jamie-is-settled-in-the-flat")))
			.andExpect(content().string(not(containsString("Someone-elses-reason"))))
			.andExpect(content().string(not(containsString("Old-staff-only-reason"))));
		this.mvc.perform(get("/service-users/{id}/intensity", jamie).with(this.users.as("worker")))
			.andExpect(content().string(containsString("Old-staff-only-reason")));
		this.mvc.perform(get("/my-support").with(this.users.as("serviceuser")))
			.andExpect(content().string(containsString("/my-support/support-level")));
		this.mvc.perform(get("/my-support/support-level").with(this.users.as("worker")))
			.andExpect(status().isForbidden());
	}

	@Test
	void invalidInputIsShownAgainWithTheErrors() throws Exception {
		long person = person("Invalid");
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		this.mvc
			.perform(post("/service-users/{id}/intensity/level", person).with(csrf())
				.with(this.users.as("worker"))
				.param("level", "")
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a level")))
			.andExpect(content().string(containsString("Enter why")));
		this.mvc
			.perform(post("/service-users/{id}/intensity/crisis", person).with(csrf())
				.with(this.users.as("worker"))
				.param("reason", "Something happened")
				.param("endsOn", today.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date from today to 90 days from today")))
			.andExpect(content().string(containsString("Something happened")));
		assertThat(this.jdbc.sql("select count(*) from intensity_crisis where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single()).isZero();
	}

	private void setLevel(long person, String level, String reason) throws Exception {
		this.mvc
			.perform(post("/service-users/{id}/intensity/level", person).with(csrf())
				.with(this.users.as("worker"))
				.param("level", level)
				.param("reason", reason))
			.andExpect(redirectedUrl("/service-users/" + person + "/intensity"));
	}

	private long person(String name) throws Exception {
		return TestPeople.activeInNorth(this.mvc, this.users, this.jdbc, TestPeople.uniqueName(name), "worker",
				LocalDate.now(this.clock.withZone(LONDON)).minusDays(60));
	}

	private String caseloadRow(long person) throws Exception {
		String page = this.mvc.perform(get("/caseload").with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int at = page.indexOf("data-person-id=\"" + person + "\"");
		assertThat(at).as("on the caseload").isPositive();
		return page.substring(at, page.indexOf("</tr>", at));
	}

	private boolean overdueOnCaseload(long person) throws Exception {
		String page = this.mvc.perform(get("/caseload").with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int at = page.indexOf("data-person-id=\"" + person + "\"");
		assertThat(at).as("on the caseload").isPositive();
		return page.substring(at, page.indexOf("</tr>", at)).contains("data-overdue");
	}

}
