package org.keywork.caseload;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class MyCaseloadTests extends CaseloadPagesTestBase {

	@Test
	void anOverduePersonIsAtTheTopAndRecordingAContactClearsTheBadge() throws Exception {
		String name = TestPeople.uniqueName("Overdue");
		long person = TestPeople.activeInNorth(mvc, users, jdbc, name, "worker", LocalDate.now(LONDON).minusDays(400));
		String page = caseload();
		String row = row(page, person);
		assertThat(row).contains("data-overdue").contains("Record contact").contains("with " + name);
		assertThat(page.indexOf("data-person-id=\"" + person + "\"")).isLessThan(page.indexOf("Due in"));

		mvc.perform(post("/service-users/{id}/contact-notes", person).with(csrf())
			.with(users.as("worker"))
			.param("contactAt", LocalDateTime.now(LONDON).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES).toString())
			.param("type", "HOME_VISIT")
			.param("note", "Visited and had a good chat about the garden.")
			.param("nextContactOn", LocalDate.now(LONDON).plusDays(6).toString())).andExpect(status().isFound());
		assertThat(row(caseload(), person)).doesNotContain("data-overdue").contains("Today");

		// the team's frequency is 7 days: still within it a week on, overdue the day
		// after
		try (TestClock.Moved week = clock.movedBy(Duration.ofDays(7))) {
			assertThat(row(caseload(), person)).doesNotContain("data-overdue");
		}
		try (TestClock.Moved eightDays = clock.movedBy(Duration.ofDays(8))) {
			assertThat(row(caseload(), person)).contains("data-overdue");
		}
	}

	@Test
	void aPlannedContactWhoseDatePassedIsMarkedUntilAContactMeetsIt() throws Exception {
		long person = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Planned"), "worker",
				LocalDate.now(LONDON).minusDays(60));
		LocalDate planned = LocalDate.now(LONDON).minusDays(3);
		note(person, LocalDateTime.now(LONDON).minusDays(10), "PHONE_CALL", planned);
		assertThat(row(caseload(), person)).contains(dateText(planned)).contains("Date passed");

		// a no-answer attempt does not meet it
		note(person, LocalDateTime.now(LONDON).minusDays(2), "ATTEMPTED_NO_ANSWER", null);
		assertThat(row(caseload(), person)).contains("Date passed");

		// a visit on or after the planned date does: nothing is planned any more
		note(person, LocalDateTime.now(LONDON).minusDays(1), "HOME_VISIT", null);
		assertThat(row(caseload(), person)).doesNotContain("Date passed")
			.doesNotContain(dateText(planned))
			.contains("Not planned");

		// a new date in the future is simply shown
		LocalDate next = LocalDate.now(LONDON).plusDays(5);
		note(person, LocalDateTime.now(LONDON).minusHours(1), "PHONE_CALL", next);
		assertThat(row(caseload(), person)).contains(dateText(next)).doesNotContain("Date passed");
	}

	@Test
	void thePersonsPageShowsTheSameContactStatusToStaffButNotToAPeer() throws Exception {
		long person = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Hub Contact"), "worker",
				LocalDate.now(LONDON).minusDays(60));
		LocalDate planned = LocalDate.now(LONDON).minusDays(2);
		note(person, LocalDateTime.now(LONDON).minusDays(10), "PHONE_CALL", planned);
		String hub = mvc.perform(get("/service-users/{id}", person).with(users.as("manager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String section = hub.substring(hub.indexOf("id=\"contact-status\""), hub.indexOf("id=\"support-records\""));
		assertThat(section).contains("Overdue by 3 days")
			.contains("10 days ago")
			.contains(dateText(planned))
			.contains("Date passed")
			.contains("at least every 7 days");

		TestPeople.peer("peer")
			.linkedTo(person)
			.scope("NOTES")
			.agreedOn(LocalDate.of(2026, 1, 1))
			.save(mvc, users, jdbc);
		mvc.perform(get("/service-users/{id}", person).with(users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"contact-status\""))));

		// once support has ended, nobody is overdue any more
		jdbc.sql("update service_user set status = 'MOVED_ON', support_end = current_date where id = ?")
			.param(person)
			.update();
		mvc.perform(get("/service-users/{id}", person).with(users.as("manager")))
			.andExpect(content().string(containsString("Support has ended")))
			.andExpect(content().string(not(containsString("Overdue by"))))
			.andExpect(content().string(not(containsString("Date passed"))));
	}

	@Test
	void aVisitBeforeThePlannedDateMeetsThePlan() throws Exception {
		long person = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Early"), "worker",
				LocalDate.now(LONDON).minusDays(60));
		LocalDate planned = LocalDate.now(LONDON).plusDays(3);
		note(person, LocalDateTime.now(LONDON).minusDays(5), "PHONE_CALL", planned);
		assertThat(row(caseload(), person)).contains(dateText(planned));
		// an attempt does not meet it; a visit does, even before the day
		note(person, LocalDateTime.now(LONDON).minusDays(3), "ATTEMPTED_NO_ANSWER", null);
		assertThat(row(caseload(), person)).contains(dateText(planned));
		note(person, LocalDateTime.now(LONDON).minusDays(2), "HOME_VISIT", null);
		assertThat(row(caseload(), person)).doesNotContain(dateText(planned)).contains("Not planned");
	}

	private void note(long person, LocalDateTime at, String type, LocalDate next) throws Exception {
		var request = post("/service-users/{id}/contact-notes", person).with(csrf())
			.with(users.as("worker"))
			.param("contactAt", at.truncatedTo(ChronoUnit.MINUTES).toString())
			.param("durationMinutes", "20")
			.param("type", type)
			.param("note", "Checked in about the week.");
		if (next != null) {
			request.param("nextContactOn", next.toString());
		}
		mvc.perform(request).andExpect(status().isFound());
	}

	private static String dateText(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
	}

	@Test
	void demoWorkerHasPeopleOverdueAndPeopleWithinTarget() throws Exception {
		String page = caseload();
		assertThat(page).contains("data-overdue").contains("Due in");
	}

	/**
	 * Each row flags the reviews past their date and those due soon, as its data says
	 * (the template reads them through the row's methods, which compile).
	 */
	@Test
	void eachRowFlagsItsOverdueAndComingReviews() throws Exception {
		String page = caseload();
		long team = jdbc.sql("select id from team where name = 'North Housing First'").query(Long.class).single();
		List<CaseloadRow> rows = queries.rows(
				new CaseloadQueries.Filter(List.of(team), CaseloadService.OPEN, ids.account("worker"), false),
				service.today());
		long overdue = 0;
		for (CaseloadRow data : rows) {
			assertThat(data.reviewsOverdue().size() + data.reviewsSoon().size()).isEqualTo(data.reviewsDue().size());
			String row = row(page, data.personId());
			assertThat(row.contains("Review overdue") || row.contains("reviews overdue"))
				.as("person %d flagged overdue", data.personId())
				.isEqualTo(!data.reviewsOverdue().isEmpty());
			assertThat(row.contains("Review due") || row.contains("reviews due"))
				.as("person %d flagged due soon", data.personId())
				.isEqualTo(!data.reviewsSoon().isEmpty());
			overdue += data.reviewsOverdue().size();
		}
		assertThat(overdue).as("the demo worker has a review overdue").isPositive();
	}

	private String caseload() throws Exception {
		return mvc.perform(get("/caseload").with(users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
