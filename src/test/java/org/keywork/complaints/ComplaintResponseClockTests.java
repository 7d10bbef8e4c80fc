package org.keywork.complaints;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.caseload.CaseloadItems.CaseloadItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ComplaintResponseClockTests extends ComplaintsTestBase {

	@Test
	void isOneWorkingDayAtTheSameTime() {
		ZonedDateTime friday = ZonedDateTime.of(2026, 11, 27, 16, 0, 0, 0, LONDON);
		assertThat(WorkingDays.after(friday, 1)).isEqualTo(friday.plusDays(3));
		assertThat(WorkingDays.after(friday.plusDays(1), 1)).isEqualTo(friday.plusDays(3));
		assertThat(WorkingDays.after(friday.minusDays(2), 1)).isEqualTo(friday.minusDays(1));
		assertThat(WorkingDays.after(friday, 2)).isEqualTo(friday.plusDays(4));
	}

	@Test
	void aComplaintReceivedOnFridayAt16IsDueOnMondayAt16OverdueAfterAndNotOnceRespondedTo() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Complaint Clock"))
			.keyworker("worker")
			.save(mvc, users, jdbc);
		LocalDate today = LocalDate.now(clock.withZone(LONDON));
		LocalDate friday = today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
		mvc.perform(add(person, "COMPLAINT", "NEIGHBOUR", friday.toString(), "16:00", "Music at night", "Mr Clock"))
			.andExpect(status().is3xxRedirection());
		long complaint = complaintId(person);
		ZonedDateTime monday = friday.plusDays(3).atTime(16, 0).atZone(LONDON);
		assertThat(jdbc.sql("select response_due_at from complaint where id = ?")
			.param(complaint)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(monday.toInstant());

		String path = "/service-users/" + person + "/complaints/" + complaint;
		try (TestClock.Moved moved = clock.movedBy(until(monday.minusMinutes(1)))) {
			assertThat(page(path, "worker")).contains("data-status=\"due\"").doesNotContain("data-status=\"overdue\"");
			List<CaseloadItem> items = due.forPeople(List.of(person), monday.toLocalDate(), batches.start())
				.get()
				.get(person);
			assertThat(items).singleElement().satisfies(item -> {
				assertThat(item.overdue()).isFalse();
				assertThat(item.due()).isEqualTo(monday.toLocalDate());
			});
		}
		try (TestClock.Moved moved = clock.movedBy(until(monday.plusMinutes(1)))) {
			assertThat(page(path, "worker")).contains("data-status=\"overdue\"");
			assertThat(page("/service-users/" + person, "worker")).contains("id=\"complaints\"",
					"data-status=\"overdue\"");
			assertThat(due.forPeople(List.of(person), monday.toLocalDate(), batches.start()).get().get(person))
				.singleElement()
				.satisfies(item -> assertThat(item.overdue()).isTrue());
			assertThat(page("/caseload", "worker")).contains("first response overdue");
			mvc.perform(respond(person, complaint, 0, friday.plusDays(3).toString(), "16:01", "Visited Jamie"))
				.andExpect(status().is3xxRedirection());
			assertThat(page(path, "worker")).contains("data-status=\"responded\"", "Visited Jamie")
				.doesNotContain("data-status=\"overdue\"");
			assertThat(due.forPeople(List.of(person), monday.toLocalDate(), batches.start()).get())
				.doesNotContainKey(person);
		}
	}

	private Duration until(ZonedDateTime at) {
		return Duration.between(clock.instant(), at.toInstant());
	}

}
