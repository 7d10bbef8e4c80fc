package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestTeams;
import org.keywork.TestUsers;
import org.keywork.caseload.CaseloadItems.CaseloadItem;
import org.keywork.database.Batches;
import org.keywork.web.Dates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Wellbeing readings as people use them: a worker completing a scale with the person, the
 * person completing one in the portal, who sees which readings (ADR 012), when the next
 * falls due, and the team's change.
 */
@KeyworkTest
class WellbeingTests {

	@Autowired
	Batches batches;

	/** The SWEMWBS statements, by their WEMWBS number. */
	static final List<Integer> SWEMWBS = List.of(1, 2, 3, 6, 7, 9, 11);

	/** Answers adding up to 26 (metric 23.21). */
	static final List<Integer> TWENTY_SIX = List.of(3, 4, 4, 4, 4, 4, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Autowired
	TestClock clock;

	@Autowired
	Dates dates;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	WellbeingDue due;

	long person;

	@BeforeEach
	void aPerson() throws Exception {
		this.person = TestPeople.named(TestPeople.uniqueName("Wellbeing Person")).save(this.mvc, this.users, this.jdbc);
	}

	private MockHttpServletRequestBuilder swemwbs(String url, List<Integer> answers) {
		MockHttpServletRequestBuilder request = post(url).with(csrf())
			.param("scale", "SWEMWBS")
			.param("takenOn", this.dates.today().toString());
		for (int i = 0; i < SWEMWBS.size(); i++) {
			if (answers.get(i) != null) {
				request.param("answers[" + SWEMWBS.get(i) + "]", String.valueOf(answers.get(i)));
			}
		}
		return request;
	}

	private long readings(long person) {
		return this.jdbc.sql("select count(*) from wellbeing_reading where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	/** A reading planted in SQL: SWEMWBS with this raw total, taken on the day. */
	private long reading(long person, int raw, LocalDate takenOn, boolean withheld) {
		return this.jdbc.sql("""
				insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total, score,
				  withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (?, 'SWEMWBS', ?, 'WORKER', ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person, Date.valueOf(takenOn), raw, WellbeingScoring.swemwbsMetric(raw), withheld,
					withheld ? "OTHER" : null, withheld ? "Withheld wellbeing detail " + person : null,
					Timestamp.from(Instant.now()), this.ids.account("worker"))
			.query(Long.class)
			.single();
	}

	/** The radio checked for the statement, or null. */
	private Integer checked(String html, int statement) {
		var matcher = Pattern.compile("name=\"answers\\[" + statement + "\\]\" value=\"(\\d)\"[^>]*checked")
			.matcher(html);
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	@Nested
	class AWorkerWithThePerson {

		@Test
		void recordsSwemwbsScoredOnTheMetricScaleAndSeesItOnTheTrend() throws Exception {
			mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", TWENTY_SIX).with(users.as("worker")))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/service-users/" + person + "/wellbeing"));
			Map<String, Object> saved = jdbc
				.sql("select raw_total, score, completed_by, withheld from wellbeing_reading where service_user_id = ?")
				.param(person)
				.query()
				.singleRow();
			assertThat(saved.get("raw_total")).isEqualTo(26);
			assertThat((BigDecimal) saved.get("score")).isEqualByComparingTo("23.21");
			assertThat(saved.get("completed_by")).isEqualTo("WORKER");
			assertThat(saved.get("withheld")).isEqualTo(false);
			assertThat(jdbc
				.sql("select count(*) from wellbeing_answer a join wellbeing_reading r on r.id = a.reading_id "
						+ "where r.service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(7);
			mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("23.21 (raw total 26)")))
				.andExpect(content().string(containsString("role=\"img\"")))
				.andExpect(content().string(containsString("<title")))
				.andExpect(content().string(containsString("<desc")));
		}

		@Test
		void theFormShowsTheStatementsFromTheDatabase() throws Exception {
			mvc.perform(
					get("/service-users/{id}/wellbeing/new", person).param("scale", "WEMWBS").with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("I&#39;ve been feeling loved")))
				.andExpect(content().string(containsString("Statement 14 of 14")))
				.andExpect(content().string(containsString("All of the time")));
			mvc.perform(
					get("/service-users/{id}/wellbeing/new", person).param("scale", "SWEMWBS").with(users.as("worker")))
				.andExpect(content().string(containsString("Statement 7 of 7")))
				.andExpect(content().string(not(containsString("I&#39;ve been feeling loved"))));
			mvc.perform(
					get("/service-users/{id}/wellbeing/new", person).param("scale", "NOPE").with(users.as("worker")))
				.andExpect(status().isBadRequest());
		}

		@Test
		void aMissingAnswerAsksForItAndKeepsEveryOtherAnswer() throws Exception {
			String html = mvc
				.perform(swemwbs("/service-users/" + person + "/wellbeing",
						java.util.Arrays.asList(5, 4, 3, 2, 1, 4, null))
					.with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("There is a problem")))
				.andExpect(content().string(containsString("Choose an answer for statement 7")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(readings(person)).isZero();
			List<Integer> given = List.of(5, 4, 3, 2, 1, 4);
			for (int i = 0; i < given.size(); i++) {
				assertThat(checked(html, SWEMWBS.get(i))).as("statement %d", SWEMWBS.get(i)).isEqualTo(given.get(i));
			}
			assertThat(checked(html, 11)).isNull();
		}

		@Test
		void aForgedAnswerIsNotScored() throws Exception {
			mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", List.of(4, 4, 4, 4, 4, 4, 9))
				.with(users.as("worker"))).andExpect(status().isOk());
			assertThat(readings(person)).isZero();
		}

		@Test
		void withholdingNeedsAReason() throws Exception {
			mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", TWENTY_SIX).param("withheld", "true")
				.with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("There is a problem")));
			assertThat(readings(person)).isZero();
		}

		@Test
		void aPeerAndTheOtherTeamMayNotRecordOne() throws Exception {
			TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);
			mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", TWENTY_SIX).with(users.as("peer")))
				.andExpect(status().isForbidden());
			mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", TWENTY_SIX).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			assertThat(readings(person)).isZero();
		}

	}

	@Nested
	class WhoSeesWhat {

		long shared;

		long withheld;

		@BeforeEach
		void aSharedAndAWithheldReading() {
			shared = reading(person, 22, dates.today().minusDays(30), false);
			withheld = reading(person, 12, dates.today().minusDays(10), true);
		}

		@Test
		void staffSeeEveryReadingWithTheReasonForWithholding() throws Exception {
			mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("jordan")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("wellbeing-reading-" + shared + "\"")))
				.andExpect(content().string(containsString("wellbeing-reading-" + withheld + "\"")))
				.andExpect(content().string(containsString("Withheld wellbeing detail " + person)));
			mvc.perform(get("/service-users/{id}", person).param("kind", "OUTCOME").with(users.as("worker")))
				.andExpect(content().string(containsString("#wellbeing-reading-" + withheld)))
				.andExpect(content().string(containsString("#wellbeing-reading-" + shared)));
		}

		@Test
		void anotherTeamsWorkerFindsNothing() throws Exception {
			mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/service-users/{id}/wellbeing/new", person).with(users.as("worker2")))
				.andExpect(status().isNotFound());
		}

		@Test
		void aPeerWithoutTheOverviewInTheirLinkSeesNothingOfWellbeing() throws Exception {
			TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc);
			mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("peer")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/service-users/{id}", person).with(users.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"wellbeing\""))))
				.andExpect(content().string(not(containsString("wellbeing-reading-"))));
			mvc.perform(get("/service-users/{id}", person).param("kind", "OUTCOME").with(users.as("peer")))
				.andExpect(content().string(not(containsString("wellbeing-reading-"))));
		}

		@Test
		void aPeerWithTheOverviewInTheirLinkSeesSharedReadingsOnly() throws Exception {
			TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);
			mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("wellbeing-reading-" + shared + "\"")))
				.andExpect(content().string(not(containsString("wellbeing-reading-" + withheld + "\""))))
				.andExpect(content().string(not(containsString("Withheld wellbeing detail"))))
				.andExpect(content().string(not(containsString("14.08"))));
			mvc.perform(get("/service-users/{id}", person).with(users.as("peer")))
				.andExpect(content().string(containsString("id=\"wellbeing\"")))
				.andExpect(content().string(containsString("Latest score 19.98")))
				.andExpect(content().string(containsString("#wellbeing-reading-" + shared)))
				.andExpect(content().string(not(containsString("#wellbeing-reading-" + withheld))));
		}

		@Test
		void thePersonNeverSeesAWithheldReading() throws Exception {
			long own = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Wellbeing Portal");
			long sharedOwn = reading(own, 19, dates.today().minusDays(60), false);
			long withheldOwn = reading(own, 12, dates.today().minusDays(20), true);
			long laterOwn = reading(own, 26, dates.today().minusDays(5), false);
			mvc.perform(get("/my-support/wellbeing").with(users.as(PortalPeople.username(own))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("wellbeing-reading-" + sharedOwn + "\"")))
				.andExpect(content().string(containsString("wellbeing-reading-" + laterOwn + "\"")))
				.andExpect(content().string(not(containsString("wellbeing-reading-" + withheldOwn + "\""))))
				.andExpect(content().string(not(containsString("14.08"))))
				.andExpect(content().string(not(containsString("Withheld wellbeing detail"))))
				.andExpect(content().string(containsString("Your score went from 17.98 to 23.21.")));
		}

	}

	@Nested
	class ThePersonInThePortal {

		@Test
		void completesSwemwbsAndSeesTheMetricScore() throws Exception {
			long own = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Wellbeing Self");
			String account = PortalPeople.username(own);
			mvc.perform(get("/my-support/wellbeing/new").param("scale", "SWEMWBS").with(users.as(account)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("None of the time")));
			var flash = mvc
				.perform(swemwbs("/my-support/wellbeing", TWENTY_SIX).param("withheld", "true")
					.param("withheldReason", "OTHER")
					.with(users.as(account)))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/my-support/wellbeing"))
				.andReturn()
				.getFlashMap();
			// after saving, the person is told their score: the metric score
			org.keywork.web.FlashMessage told = (org.keywork.web.FlashMessage) flash.get("flashSuccess");
			assertThat(told.code()).isEqualTo("wellbeing.portal.saved");
			assertThat(told.args()).containsExactly("SWEMWBS", "23.21");
			Map<String, Object> saved = jdbc.sql(
					"select score, completed_by, withheld, created_by from wellbeing_reading where service_user_id = ?")
				.param(own)
				.query()
				.singleRow();
			assertThat((BigDecimal) saved.get("score")).isEqualByComparingTo("23.21");
			assertThat(saved.get("completed_by")).isEqualTo("PERSON");
			// a forged decision to withhold does not hide the person's own answers from
			// them
			assertThat(saved.get("withheld")).isEqualTo(false);
			mvc.perform(get("/my-support/wellbeing").with(users.as(account)))
				.andExpect(content().string(containsString("Your score was 23.21")))
				.andExpect(content().string(containsString("By you")));
			// staff see who completed it
			mvc.perform(get("/service-users/{id}/wellbeing", own).with(users.as("worker")))
				.andExpect(content().string(containsString("in the portal")));
		}

		@Test
		void aMissingAnswerKeepsTheOthers() throws Exception {
			long own = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Wellbeing Missing");
			String html = mvc
				.perform(swemwbs("/my-support/wellbeing", java.util.Arrays.asList(null, 4, 4, 4, 4, 4, 3))
					.with(users.as(PortalPeople.username(own))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose an answer for statement 1")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(checked(html, 11)).isEqualTo(3);
			assertThat(checked(html, 2)).isEqualTo(4);
			assertThat(checked(html, 1)).isNull();
			assertThat(readings(own)).isZero();
		}

	}

	@Nested
	class DueReadings {

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
				assertThat(due.forPeople(List.of(person), dates.today(), batches.start()).get())
					.doesNotContainKey(person);
			}
			// 14 days before: due soon
			try (TestClock.Moved moved = clock
				.movedBy(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(takenOn, dueOn) - 14))) {
				List<CaseloadItem> items = due.forPeople(List.of(person), dates.today(), batches.start())
					.get()
					.get(person);
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
				assertThat(due.forPeople(List.of(person), dates.today(), batches.start()).get().get(person))
					.singleElement()
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
				assertThat(due.forPeople(List.of(person), dates.today(), batches.start()).get().get(person))
					.singleElement()
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

	@Nested
	class TheDemo {

		@Test
		void jamieHasABelievableSwemwbsHistoryAndPeggysWemwbsIsOverdueOnMyCaseload() throws Exception {
			long jamie = ids.jamie();
			List<Map<String, Object>> history = jdbc.sql("""
					select score, completed_by from wellbeing_reading
					where service_user_id = ? and scale_code = 'SWEMWBS' and taken_on > current_date - 366
					order by taken_on, id""").param(jamie).query().listOfRows();
			assertThat(history).hasSizeGreaterThanOrEqualTo(4);
			assertThat(history).anySatisfy(row -> assertThat(row.get("completed_by")).isEqualTo("PERSON"));
			List<BigDecimal> scores = history.stream().map(row -> (BigDecimal) row.get("score")).toList();
			assertThat(scores.get(scores.size() - 1)).isGreaterThan(scores.get(0));
			long peggy = ids.person("Margaret O'Neill");
			assertThat(due.forPeople(List.of(peggy), dates.today(), batches.start()).get().get(peggy))
				.anySatisfy(item -> assertThat(item.overdue()).isTrue());
			mvc.perform(get("/caseload").with(users.as("worker")))
				.andExpect(content().string(containsString("/service-users/" + peggy + "/wellbeing")))
				.andExpect(content().string(containsString("WEMWBS reading")));
		}

	}

	@Nested
	class TheTeamView {

		@Test
		void managersSeeTheChangeOfPeopleWithTwoReadingsInTheirTeamsOnly() throws Exception {
			String tag = Long.toString(System.nanoTime(), 36);
			long team = TestTeams.named("Wellbeing team " + tag).save(jdbc);
			String manager = "wb-manager-" + tag;
			long managerId = jdbc.sql("""
					insert into account (username, display_name, password_hash, role) values (?, ?, 'x', 'MANAGER')
					returning id""").params(manager, "Manager " + tag).query(Long.class).single();
			TestTeams.addMember(jdbc, team, managerId);
			long first = TestPeople.named(TestPeople.uniqueName("Team Wellbeing A"))
				.inTeam(team)
				.keyworker(null)
				.by(manager)
				.save(mvc, users, jdbc);
			long second = TestPeople.named(TestPeople.uniqueName("Team Wellbeing B"))
				.inTeam(team)
				.keyworker(null)
				.by(manager)
				.save(mvc, users, jdbc);
			long third = TestPeople.named(TestPeople.uniqueName("Team Wellbeing C"))
				.inTeam(team)
				.keyworker(null)
				.by(manager)
				.save(mvc, users, jdbc);
			LocalDate today = dates.today();
			// 17.98 → 23.21, 19.98 → 19.25 (a withheld reading counts for managers), one
			// reading only
			reading(first, 19, today.minusDays(100), false);
			reading(first, 26, today.minusDays(10), false);
			reading(second, 22, today.minusDays(100), false);
			reading(second, 21, today.minusDays(10), true);
			reading(third, 30, today.minusDays(10), false);
			mvc.perform(get("/team/outcomes/wellbeing").with(users.as(manager)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-scale=\"SWEMWBS\"")))
				.andExpect(content().string(containsString(">18.98<")))
				.andExpect(content().string(containsString(">21.23<")))
				.andExpect(content().string(containsString(">2.25<")))
				.andExpect(content().string(containsString("role=\"img\"")))
				.andExpect(content().string(containsString("href=\"/team/outcomes\"")));
			mvc.perform(get("/team/outcomes/wellbeing.csv").with(users.as(manager)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andExpect(content()
					.string("scale,people,average_first,average_latest,average_change,improved,stayed,declined\r\n"
							+ "SWEMWBS,2,18.98,21.23,2.25,1,0,1\r\n"));
			// another team's manager counts none of them
			String other = mvc.perform(get("/team/outcomes/wellbeing.csv").with(users.as("citymanager")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(other).doesNotContain("SWEMWBS,2,18.98,21.23,2.25,1,0,1");
			mvc.perform(get("/team/outcomes/wellbeing").with(users.as("worker"))).andExpect(status().isForbidden());
		}

	}

}
