package org.keywork.complaints;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestTeams;
import org.keywork.TestUsers;
import org.keywork.caseload.CaseloadItems.CaseloadItem;
import org.keywork.database.Batches;
import org.keywork.housing.TenancyReportPart.ReportTable;

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
 * Complaints and incidents about a person's tenancy: the response clock on working days
 * (on the {@link TestClock}), recording each step (validation, optimistic locking), who
 * sees what (never who complained in the portal; a withheld complaint only for staff;
 * nothing for peers or another team), the caseload item, the report part and the team
 * target.
 */
@KeyworkTest
class ComplaintsTests {

	@Autowired
	Batches batches;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	@Autowired
	ComplaintsDue due;

	@Autowired
	ComplaintsReportPart report;

	@Nested
	class TheResponseClock {

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
				assertThat(page(path, "worker")).contains("data-status=\"due\"")
					.doesNotContain("data-status=\"overdue\"");
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

	@Nested
	class AWorker {

		@Test
		void recordsEachStepAndItShowsOnTheComplaintAndTheTimeline() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Complaint Steps")).save(mvc, users, jdbc);
			String yesterday = LocalDate.now(clock.withZone(LONDON)).minusDays(1).toString();
			mvc.perform(
					add(person, "INCIDENT", "POLICE", yesterday, "09:30", "Police called about shouting", "PC Example"))
				.andExpect(status().is3xxRedirection());
			long complaint = complaintId(person);
			String base = "/service-users/" + person + "/complaints/" + complaint;
			mvc.perform(respond(person, complaint, 0, yesterday, "11:00", "Phoned Jamie"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(step(base + "/actions", 1).param("occurredOn", yesterday).param("text", "Met the landlord"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(step(base + "/reflections", 2).param("occurredOn", yesterday)
				.param("attended", "Landlord and Sam")
				.param("text", "Quieter this week")).andExpect(status().is3xxRedirection());
			mvc.perform(step(base + "/outcome", 3).param("outcome", "RESOLVED").param("outcomeText", "All calm"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(step(base + "/learning", 4).param("happened", "A party got loud")
				.param("learned", "Talk about visitors early")).andExpect(status().is3xxRedirection());

			assertThat(page(base, "worker")).contains("Incident from the police", "PC Example", "Phoned Jamie",
					"Met the landlord", "with Landlord and Sam", "Quieter this week", "data-status=\"closed\"",
					"All calm", "A party got loud", "Talk about visitors early");
			assertThat(page("/service-users/" + person + "/complaints", "worker")).contains("Incident from the police");
			String timeline = page("/service-users/" + person + "?kind=complaint", "worker");
			assertThat(timeline)
				.contains("Incident from the police received", "Incident from the police: first response",
						"Incident from the police closed", "Police called about shouting")
				.doesNotContain("PC Example");
			// closed: it cannot be closed again
			mvc.perform(step(base + "/outcome", 5).param("outcome", "UNFOUNDED")).andExpect(status().isConflict());
		}

		@Test
		void isToldWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Complaint Wrong")).save(mvc, users, jdbc);
			String wrong = mvc.perform(add(person, "", "", "", "", "Typed words kept", "Typed name kept"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary", "Choose whether it is a complaint or an incident",
					"Choose who it came from", "Enter the date it was received", "Typed words kept",
					"value=\"Typed name kept\"");
			String badTime = mvc.perform(add(person, "COMPLAINT", "OTHER", "2026-01-05", "half four", "Typed", ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(badTime).contains("Enter the time it was received, like 16:00", "value=\"half four\"");
			String future = LocalDate.now(clock.withZone(LONDON)).plusDays(2).toString();
			assertThat(mvc.perform(add(person, "COMPLAINT", "OTHER", future, "10:00", "Later", ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("cannot be in the future");
			assertThat(count(person)).isZero();
		}

		@Test
		void aStaleStepIsRefusedWith409KeepingWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Complaint Stale")).save(mvc, users, jdbc);
			String yesterday = LocalDate.now(clock.withZone(LONDON)).minusDays(1).toString();
			mvc.perform(add(person, "COMPLAINT", "LANDLORD", yesterday, "10:00", "Rubbish on the landing", ""))
				.andExpect(status().is3xxRedirection());
			long complaint = complaintId(person);
			mvc.perform(respond(person, complaint, 0, yesterday, "12:00", "First one"))
				.andExpect(status().is3xxRedirection());
			String stale = mvc.perform(respond(person, complaint, 0, yesterday, "13:00", "Typed in the stale form"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else changed this complaint", "Typed in the stale form");
			assertThat(jdbc.sql("select first_response_done from complaint where id = ?")
				.param(complaint)
				.query(String.class)
				.single()).isEqualTo("First one");
		}

	}

	@Nested
	class WhoSeesWhat {

		@Test
		void thePersonSeesSharedComplaintsButNeverWhoComplainedNorAWithheldOne() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Complaint Portal");
			String me = PortalPeople.username(person);
			String yesterday = LocalDate.now(clock.withZone(LONDON)).minusDays(1).toString();
			mvc.perform(add(person, "COMPLAINT", "NEIGHBOUR", yesterday, "20:00", "Dog barking all evening",
					"Secret Neighbour Name")
				.param("thirdPartyContact", "07700 900123")).andExpect(status().is3xxRedirection());
			long complaint = complaintId(person);
			mvc.perform(step("/service-users/" + person + "/complaints/" + complaint + "/reflections", 0)
				.param("occurredOn", yesterday)
				.param("attended", "The landlord")
				.param("text", "Reflected with the landlord")).andExpect(status().is3xxRedirection());
			mvc.perform(add(person, "INCIDENT", "POLICE", yesterday, "21:00", "Withheld police words", "")
				.param("withheld", "true")
				.param("withheldReason", "SERIOUS_HARM")).andExpect(status().is3xxRedirection());

			String portal = page("/my-support/complaints", me);
			assertThat(portal)
				.contains("Complaints about your home", "Dog barking all evening", "Reflected with the landlord")
				.doesNotContain("Secret Neighbour Name", "07700 900123", "Withheld police words");
			assertThat(page("/my-support", me)).contains("/my-support/complaints");
			// staff see both, who complained, and that one is not shared
			String staff = page("/service-users/" + person + "/complaints", "worker");
			assertThat(staff).contains("Complaint from a neighbour", "Incident from the police", "Not shared")
				.doesNotContain("Secret Neighbour Name");
			assertThat(page("/service-users/" + person + "/complaints/" + complaint, "worker"))
				.contains("Secret Neighbour Name", "07700 900123");
		}

		@Test
		void aWithheldComplaintIsOnTheManagersWithholdingReview() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Complaint Review")).save(mvc, users, jdbc);
			LocalDateTime now = LocalDateTime.now(clock.withZone(LONDON)).withSecond(0).withNano(0);
			mvc.perform(add(person, "INCIDENT", "POLICE", now.toLocalDate().toString(), now.toLocalTime().toString(),
					"Withheld for review", "")
				.param("withheld", "true")
				.param("withheldReason", "STAFF_SAFETY")
				.param("withheldDetail", "Review this one")).andExpect(status().is3xxRedirection());
			assertThat(page("/team/withheld", "manager")).contains(
					"/service-users/" + person + "/complaints/" + complaintId(person),
					"Complaint or incident from the police", "Review this one");
		}

		@Test
		void peersOtherTeamsAndForgedPostsAreRefused() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Complaint Reach")).save(mvc, users, jdbc);
			String yesterday = LocalDate.now(clock.withZone(LONDON)).minusDays(1).toString();
			mvc.perform(add(person, "COMPLAINT", "NEIGHBOUR", yesterday, "10:00", "Peer never sees this", "Ms Hidden"))
				.andExpect(status().is3xxRedirection());
			long complaint = complaintId(person);
			TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);
			String base = "/service-users/" + person + "/complaints";

			mvc.perform(get(base).with(users.as("peer"))).andExpect(status().isForbidden());
			mvc.perform(get(base + "/" + complaint).with(users.as("peer"))).andExpect(status().isForbidden());
			assertThat(page("/service-users/" + person, "peer")).doesNotContain("Peer never sees this",
					"id=\"complaints\"", "Ms Hidden");
			assertThat(page("/service-users/" + person + "?kind=complaint", "peer"))
				.doesNotContain("Peer never sees this");
			mvc.perform(get(base).with(users.as("worker2"))).andExpect(status().isNotFound());
			mvc.perform(get(base + "/" + complaint).with(users.as("worker2"))).andExpect(status().isNotFound());
			// a complaint of someone else is not found under this person
			long other = TestPeople.named(TestPeople.uniqueName("Complaint Other")).save(mvc, users, jdbc);
			mvc.perform(get("/service-users/" + other + "/complaints/" + complaint).with(users.as("worker")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/service-users/" + other + "/complaints/" + complaint + "/outcome").with(csrf())
				.with(users.as("worker"))
				.param("outcome", "RESOLVED")
				.param("version", "0")).andExpect(status().isNotFound());
			// forged: no CSRF token, a peer, another team
			String noToken = mvc
				.perform(post(base + "/" + complaint + "/outcome").with(users.as("worker"))
					.param("outcome", "RESOLVED")
					.param("version", "0"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(noToken).isNotNull().doesNotContain("/complaints");
			mvc.perform(post(base + "/" + complaint + "/outcome").with(csrf())
				.with(users.as("peer"))
				.param("outcome", "RESOLVED")
				.param("version", "0")).andExpect(status().isForbidden());
			mvc.perform(post(base + "/" + complaint + "/outcome").with(csrf())
				.with(users.as("worker2"))
				.param("outcome", "RESOLVED")
				.param("version", "0")).andExpect(status().isNotFound());
			assertThat(jdbc.sql("select closed_at is null and version = 0 from complaint where id = ?")
				.param(complaint)
				.query(Boolean.class)
				.single()).isTrue();
		}

	}

	@Nested
	class TheReport {

		@Test
		void countsOpenComplaintsByMonthAndTheResponseTimes() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Complaint Report")).save(mvc, users, jdbc);
			LocalDateTime now = LocalDateTime.now(clock.withZone(LONDON)).withSecond(0).withNano(0);
			LocalDateTime received = now.minusDays(1);
			mvc.perform(add(person, "COMPLAINT", "NEIGHBOUR", received.toLocalDate().toString(),
					received.toLocalTime().toString(), "Report one", ""))
				.andExpect(status().is3xxRedirection());
			long first = complaintId(person);
			mvc.perform(respond(person, first, 0, received.plusHours(2).toLocalDate().toString(),
					received.plusHours(2).toLocalTime().toString(), "Two hours later"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(add(person, "COMPLAINT", "LANDLORD", received.toLocalDate().toString(),
					received.toLocalTime().toString(), "Report two", ""))
				.andExpect(status().is3xxRedirection());

			List<ReportTable> tables = report.tables(List.of(person), now.toLocalDate());
			assertThat(tables).extracting(ReportTable::id)
				.containsExactly("complaints-open", "complaints-received", "complaints-response");
			assertThat(tables.get(0).rows()).containsExactly(List.of("Open now", "2"));
			assertThat(tables.get(1).hasChart()).isTrue();
			assertThat(tables.get(1).values().stream().mapToInt(java.math.BigDecimal::intValue).sum()).isEqualTo(2);
			assertThat(tables.get(2).rows()).contains(List.of("Responded to", "1"),
					List.of("Median time to the first response (hours)", "2.0"),
					List.of("Average time to the first response (hours)", "2.0"),
					List.of("Responded to within the target", "1"));
		}

	}

	@Nested
	class TheTeamTarget {

		@Test
		void isSetByAnAdministratorOrTheTeamsManagerAndAppliesToNewComplaints() throws Exception {
			long team = TestTeams.named(TestPeople.uniqueName("Complaint Target Team")).save(jdbc);
			String username = "ct-" + TestPeople.uniqueName("w").replaceAll("[^A-Za-z0-9]", "").toLowerCase();
			long account = jdbc.sql("""
					insert into account (username, display_name, password_hash, role) values (?, ?, 'x', 'WORKER')
					returning id""").params(username, username).query(Long.class).single();
			TestTeams.addMember(jdbc, team, account);

			// another team's manager does not find it; bad input keeps what was typed
			mvc.perform(get("/complaint-targets/" + team).with(users.as("manager"))).andExpect(status().isNotFound());
			assertThat(page("/complaint-targets", "admin")).contains("data-target=\"" + team + "\"");
			assertThat(mvc.perform(target(team, "eleven", ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("govuk-error-summary", "value=\"eleven\"");
			mvc.perform(target(team, "2", "")).andExpect(status().is3xxRedirection());
			mvc.perform(target(team, "3", "")).andExpect(status().isConflict());

			long person = TestPeople.named(TestPeople.uniqueName("Complaint Target")).save(mvc, users, jdbc);
			jdbc.sql("update service_user set team_id = ? where id = ?").params(team, person).update();
			LocalDate friday = LocalDate.now(clock.withZone(LONDON))
				.minusWeeks(1)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
			mvc.perform(post("/service-users/{id}/complaints", person).with(csrf())
				.with(users.as(username))
				.param("kind", "COMPLAINT")
				.param("source", "LANDLORD")
				.param("receivedOn", friday.toString())
				.param("receivedTime", "16:00")
				.param("whatWasSaid", "Two working days")).andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select response_due_at from complaint where service_user_id = ?")
				.param(person)
				.query(java.sql.Timestamp.class)
				.single()
				.toInstant()).isEqualTo(friday.plusDays(4).atTime(16, 0).atZone(LONDON).toInstant());
		}

		private MockHttpServletRequestBuilder target(long team, String days, String version) {
			return post("/complaint-targets/" + team).with(csrf())
				.with(users.as("admin"))
				.param("workingDays", days)
				.param("version", version);
		}

	}

	private MockHttpServletRequestBuilder add(long person, String kind, String source, String on, String time,
			String said, String thirdParty) {
		return post("/service-users/{id}/complaints", person).with(csrf())
			.with(users.as("worker"))
			.param("kind", kind)
			.param("source", source)
			.param("receivedOn", on)
			.param("receivedTime", time)
			.param("whatWasSaid", said)
			.param("thirdPartyName", thirdParty);
	}

	private MockHttpServletRequestBuilder respond(long person, long complaint, long version, String on, String time,
			String done) {
		return step("/service-users/" + person + "/complaints/" + complaint + "/response", version)
			.param("respondedOn", on)
			.param("respondedTime", time)
			.param("who", "Sam")
			.param("done", done);
	}

	private MockHttpServletRequestBuilder step(String path, long version) {
		return post(path).with(csrf()).with(users.as("worker")).param("version", String.valueOf(version));
	}

	private long complaintId(long person) {
		return jdbc.sql("select max(id) from complaint where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	private long count(long person) {
		return jdbc.sql("select count(*) from complaint where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
