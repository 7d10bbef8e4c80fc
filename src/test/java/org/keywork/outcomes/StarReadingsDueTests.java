package org.keywork.outcomes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.caseload.CaseloadItems.CaseloadItem;
import org.keywork.database.Batches;
import org.keywork.web.Dates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Star readings fall due the team's interval after the latest reading of each measure, or
 * after support started: shown from 14 days before, overdue after. On the test clock.
 */
@KeyworkTest
class StarReadingsDueTests {

	@Autowired
	Batches batches;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	StarReadingsDue due;

	@Autowired
	Dates dates;

	@Test
	void theDefaultMeasureFallsDueTheTeamsIntervalAfterSupportStartedThenAfterTheLatestReading() throws Exception {
		LocalDate today = this.dates.today();
		LocalDate start = today.minusDays(100);
		long person = TestPeople.named(TestPeople.uniqueName("Star Due"))
			.supportStart(start)
			.save(this.mvc, this.users, this.jdbc);
		int months = this.jdbc.sql("""
				select t.outcome_interval_months from team t join service_user s on s.team_id = t.id where s.id = ?
				""").param(person).query(Integer.class).single();
		// never read: due the interval after support started, overdue now
		List<CaseloadItem> items = items(person, today);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.due()).isEqualTo(start.plusMonths(months));
			assertThat(item.overdue()).isEqualTo(start.plusMonths(months).isBefore(today));
			assertThat(item.messageKey()).isEqualTo("outcomes.due.star");
			assertThat(item.href()).startsWith("/service-users/" + person + "/outcomes");
		});
		// a reading today: nothing due until 14 days before the interval is up
		long measure = this.jdbc.sql("select id from star_measure where is_default").query(Long.class).single();
		this.jdbc.sql("""
				insert into star_reading (service_user_id, measure_id, taken_on, recorded_by)
				values (?, ?, ?, (select id from account where username = 'worker'))
				""").params(person, measure, today).update();
		assertThat(items(person, today)).isEmpty();
		LocalDate next = today.plusMonths(months);
		try (TestClock.Moved moved = this.clock.movedBy(Duration.ofDays(next.toEpochDay() - today.toEpochDay() - 20))) {
			assertThat(items(person, this.dates.today())).isEmpty();
		}
		try (TestClock.Moved moved = this.clock.movedBy(Duration.ofDays(next.toEpochDay() - today.toEpochDay() - 10))) {
			assertThat(items(person, this.dates.today())).singleElement().satisfies(item -> {
				assertThat(item.due()).isEqualTo(next);
				assertThat(item.overdue()).isFalse();
			});
		}
		try (TestClock.Moved moved = this.clock.movedBy(Duration.ofDays(next.toEpochDay() - today.toEpochDay() + 1))) {
			assertThat(items(person, this.dates.today())).singleElement()
				.satisfies(item -> assertThat(item.overdue()).isTrue());
		}
	}

	@Test
	void peopleWhoMovedOnHaveNothingDue() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Star Moved On"))
			.supportStart(this.dates.today().minusDays(400))
			.save(this.mvc, this.users, this.jdbc);
		this.jdbc.sql("update service_user set status = 'MOVED_ON' where id = ?").param(person).update();
		assertThat(items(person, this.dates.today())).isEmpty();
	}

	private List<CaseloadItem> items(long person, LocalDate today) {
		Map<Long, List<CaseloadItem>> items = this.due.forPeople(List.of(person), today, this.batches.start()).get();
		return items.getOrDefault(person, List.of());
	}

}
