package org.keywork.wellbeing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.caseload.CaseloadItems.CaseloadItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * When the next wellbeing reading falls due, and where it shows.
 */
@KeyworkTest
class WellbeingDueTests extends WellbeingTestBase {

	@Test
	void aScaleFallsDueTheTeamsIntervalAfterTheLatestReading() throws Exception {
		LocalDate takenOn = dates.today();
		reading(person, 20, takenOn.minusMonths(2), false);
		reading(person, 22, takenOn, false);
		LocalDate dueOn = takenOn.plusMonths(3);
		assertThat(due.forPeople(List.of(person), dates.today(), batches.start()).get()).doesNotContainKey(person);
		// 15 days before it falls due: not yet shown
		try (TestClock.Moved moved = clock
			.movedBy(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(takenOn, dueOn) - 15))) {
			assertThat(due.forPeople(List.of(person), dates.today(), batches.start()).get()).doesNotContainKey(person);
		}
		// 14 days before: due soon
		try (TestClock.Moved moved = clock
			.movedBy(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(takenOn, dueOn) - 14))) {
			List<CaseloadItem> items = due.forPeople(List.of(person), dates.today(), batches.start()).get().get(person);
			assertThat(items).singleElement().satisfies(item -> {
				assertThat(item.due()).isEqualTo(dueOn);
				assertThat(item.overdue()).isFalse();
				assertThat(item.href()).isEqualTo("/service-users/" + person + "/wellbeing");
				assertThat(item.args()).containsExactly("SWEMWBS");
			});
		}
		// the day after: overdue, on the person's page too
		try (TestClock.Moved moved = clock
			.movedBy(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(takenOn, dueOn) + 1))) {
			assertThat(due.forPeople(List.of(person), dates.today(), batches.start()).get().get(person)).singleElement()
				.satisfies(item -> assertThat(item.overdue()).isTrue());
			mvc.perform(get("/service-users/{id}", person).with(users.as("worker")))
				.andExpect(content().string(containsString("Overdue")));
		}
	}

	@Test
	void theTeamsIntervalDecides() throws Exception {
		LocalDate takenOn = dates.today().minusMonths(1).minusDays(1);
		reading(person, 20, takenOn, false);
		assertThat(due.forPeople(List.of(person), dates.today(), batches.start()).get()).doesNotContainKey(person);
		long north = ids.north();
		int before = jdbc.sql("select outcome_interval_months from team where id = ?")
			.param(north)
			.query(Integer.class)
			.single();
		jdbc.sql("update team set outcome_interval_months = 1 where id = ?").param(north).update();
		try {
			assertThat(due.forPeople(List.of(person), dates.today(), batches.start()).get().get(person)).singleElement()
				.satisfies(item -> assertThat(item.due()).isEqualTo(takenOn.plusMonths(1)));
		}
		finally {
			jdbc.sql("update team set outcome_interval_months = ? where id = ?").params(before, north).update();
		}
	}

	@Test
	void nobodyWithoutAReadingHasOneDue() {
		assertThat(due.forPeople(List.of(person), dates.today(), batches.start()).get()).isEmpty();
		assertThat(due.forPeople(List.of(), dates.today(), batches.start()).get()).isEmpty();
	}

}
