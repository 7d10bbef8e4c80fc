package org.keywork.rent;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.database.Batches;
import org.keywork.housing.EarlyWarningSignal;
import org.keywork.housing.TenancyReportPart;
import org.keywork.web.Dates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The arrears early warning on the test clock: the team's threshold reached (and moved by
 * an administrator), below it nothing, arrears grown two rent periods running, grown once
 * only nothing; and the rent part of the tenancy report. A weekly tenancy of £100 that
 * started 73 days ago: its last whole period ended three days ago.
 */
@KeyworkTest
class ArrearsSignalTests {

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
	Dates dates;

	@Autowired
	ArrearsSignal signal;

	@Autowired
	RentReportPart report;

	@Autowired
	DemoIds ids;

	@Test
	void theDemoAccountOfJamieBrooksRaisesTheWarning() {
		// the last three payments of the demo statement are missing
		assertThat(signal.signals(List.of(ids.jamie()), dates.today(), this.batches.start()).get().get(ids.jamie()))
			.extracting(EarlyWarningSignal.Signal::messageKey)
			.contains("rent.signal.growing");
	}

	@Test
	void theThresholdReachedRaisesTheWarningAndBelowItNothingIsRaised() throws Exception {
		LocalDate today = dates.today();
		long over = tenant("Arrears Over", today);
		long under = tenant("Arrears Under", today);
		paidEveryWeek(over, today, 10);
		paidEveryWeek(under, today, 10);
		RentTestData.entry(jdbc, over, today.minusDays(60), "CHARGE", "250.00");
		RentTestData.entry(jdbc, under, today.minusDays(60), "CHARGE", "150.00");

		Map<Long, List<EarlyWarningSignal.Signal>> raised = signal
			.signals(List.of(over, under), today, this.batches.start())
			.get();
		assertThat(raised).containsOnlyKeys(over);
		EarlyWarningSignal.Signal s = raised.get(over).get(0);
		assertThat(raised.get(over)).hasSize(1);
		assertThat(s.messageKey()).isEqualTo("rent.signal.threshold");
		assertThat(s.args()).containsExactly("£250.00", new java.math.BigDecimal("2.5"));
		assertThat(s.since()).isEqualTo(today.minusDays(60));
		assertThat(s.href()).isEqualTo("/service-users/" + over + "/rent");

		// the team's threshold raised to three weeks: no longer reached
		long team = jdbc.sql("select team_id from service_user where id = ?").param(over).query(Long.class).single();
		threshold(team, "3");
		try {
			assertThat(signal.signals(List.of(over, under), today, this.batches.start()).get()).isEmpty();
		}
		finally {
			threshold(team, "2");
		}
		assertThat(signal.signals(List.of(over), today, this.batches.start()).get()).containsOnlyKeys(over);
	}

	@Test
	void arrearsGrownTwoPeriodsRunningRaiseTheWarningAndGrownOnceDoNot() throws Exception {
		LocalDate today = dates.today();
		LocalDate start = today.minusDays(73);
		long twice = tenant("Arrears Twice", today);
		long once = tenant("Arrears Once", today);
		for (int week = 0; week <= 11; week++) {
			RentTestData.entry(jdbc, twice, start.plusWeeks(week), "CHARGE", "100.00");
			RentTestData.entry(jdbc, once, start.plusWeeks(week), "CHARGE", "100.00");
			if (week <= 10) {
				RentTestData.entry(jdbc, twice, start.plusWeeks(week).plusDays(1), "PAYMENT",
						week == 8 || week == 9 ? "70.00" : "100.00");
				RentTestData.entry(jdbc, once, start.plusWeeks(week).plusDays(1), "PAYMENT",
						week == 9 || week == 10 ? "70.00" : "100.00");
			}
		}
		Map<Long, List<EarlyWarningSignal.Signal>> raised = signal
			.signals(List.of(twice, once), today, this.batches.start())
			.get();
		assertThat(raised).containsOnlyKeys(twice);
		assertThat(raised.get(twice)).extracting(EarlyWarningSignal.Signal::messageKey)
			.containsExactly("rent.signal.growing");
		assertThat(raised.get(twice).get(0).args()).containsExactly("£60.00");
		assertThat(raised.get(twice).get(0).since()).isEqualTo(start.plusWeeks(8));

		// a week on, the second underpayment of "once" falls in a whole period too
		try (TestClock.Moved moved = clock.movedBy(Duration.ofDays(7))) {
			Map<Long, List<EarlyWarningSignal.Signal>> later = signal
				.signals(List.of(twice, once), dates.today(), this.batches.start())
				.get();
			assertThat(later).containsKey(once);
			assertThat(later.get(once)).extracting(EarlyWarningSignal.Signal::messageKey)
				.containsExactly("rent.signal.growing");
			// "twice" paid in full in the last period: no longer growing
			assertThat(later).doesNotContainKey(twice);
		}
	}

	@Test
	void theReportCountsPeopleByWeeksOfArrearsAndTotalsEachMonthEnd() throws Exception {
		LocalDate today = dates.today();
		long none = tenant("Report None", today);
		long small = tenant("Report Small", today);
		long big = tenant("Report Big", today);
		RentTestData.entry(jdbc, small, today.minusDays(1), "CHARGE", "50.00");
		RentTestData.entry(jdbc, big, today.minusDays(1), "CHARGE", "450.00");
		RentTestData.entry(jdbc, none, today.minusDays(1), "PAYMENT", "20.00");
		List<TenancyReportPart.ReportTable> tables = report.tables(List.of(none, small, big), today);
		TenancyReportPart.ReportTable now = tables.get(0);
		assertThat(now.id()).isEqualTo("rent-arrears-now");
		assertThat(now.rows()).contains(List.of("No arrears", "1", "£0.00"),
				List.of("Under 1 week of rent", "1", "£50.00"), List.of("4 weeks of rent or more", "1", "£450.00"),
				List.of("Everyone with a rent account", "3", "£500.00"));
		TenancyReportPart.ReportTable months = tables.get(1);
		assertThat(months.hasChart()).isTrue();
		assertThat(months.rows()).hasSize(6);
		assertThat(months.values().get(5)).isEqualByComparingTo("500.00");
		assertThat(months.values().get(0)).isEqualByComparingTo("0");
	}

	@Test
	void theThresholdFormKeepsWhatWasTypedAndRefusesAStaleSave() throws Exception {
		long team = jdbc.sql("select id from team where name = 'City Floating Support'").query(Long.class).single();
		String wrong = mvc
			.perform(post("/admin/teams/{id}/rent", team).with(csrf())
				.with(users.as("admin"))
				.param("weeks", "99")
				.param("version", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("govuk-error-summary", "Enter a number of weeks from 0.5 to 52", "value=\"99\"");
		Long version = jdbc.sql("select version from rent_team_setting where team_id = ?")
			.param(team)
			.query(Long.class)
			.optional()
			.orElse(null);
		threshold(team, "2.5");
		// a second save from the same (now stale) form
		mvc.perform(post("/admin/teams/{id}/rent", team).with(csrf())
			.with(users.as("admin"))
			.param("weeks", "3")
			.param("version", version == null ? "" : version.toString())).andExpect(status().isConflict());
		assertThat(jdbc.sql("select threshold_weeks from rent_team_setting where team_id = ?")
			.param(team)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("2.5");
		threshold(team, "2");
		mvc.perform(post("/admin/teams/{id}/rent", team).with(csrf()).with(users.as("manager")).param("weeks", "1"))
			.andExpect(status().isForbidden());
	}

	/** A person of North with a weekly tenancy of £100 that started 73 days ago. */
	private long tenant(String name, LocalDate today) throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName(name)).save(mvc, users, jdbc);
		RentTestData.tenancy(jdbc, person, today.minusDays(73), "100.00", "WEEKLY");
		return person;
	}

	private void paidEveryWeek(long person, LocalDate today, int weeks) {
		LocalDate start = today.minusDays(73);
		for (int week = 0; week <= weeks; week++) {
			RentTestData.entry(jdbc, person, start.plusWeeks(week), "CHARGE", "100.00");
			RentTestData.entry(jdbc, person, start.plusWeeks(week), "PAYMENT", "100.00");
		}
	}

	private void threshold(long team, String weeks) throws Exception {
		Long version = jdbc.sql("select version from rent_team_setting where team_id = ?")
			.param(team)
			.query(Long.class)
			.optional()
			.orElse(null);
		mvc.perform(post("/admin/teams/{id}/rent", team).with(csrf())
			.with(users.as("admin"))
			.param("weeks", weeks)
			.param("version", version == null ? "" : version.toString())).andExpect(status().is3xxRedirection());
	}

}
