package org.keywork.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestNotes;
import org.keywork.TestPeople;
import org.keywork.TestTeams;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

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
		return this.queries.rows(new CaseloadQueries.Filter(Set.of(team), Set.of("ACTIVE"), null, false), TODAY)
			.stream()
			.filter(r -> r.personId() == person)
			.findFirst()
			.orElseThrow();
	}

}
