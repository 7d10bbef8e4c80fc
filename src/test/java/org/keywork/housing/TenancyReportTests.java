package org.keywork.housing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The managers' tenancy report: its housing part counts the team's people by where they
 * live now and its tenancies sustained at 6 and 12 months; each table downloads as CSV;
 * another team's manager does not count them; workers and people are refused.
 */
@KeyworkTest
class TenancyReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void countsATenancyOfTheTeamWhereItLivesAndAsSustainedAtSixMonths() throws Exception {
		List<String> nowBefore = row(csv("accommodation-now", "manager"), "Housing First tenancy");
		List<String> sixBefore = row(csv("tenancies-sustained", "manager"), "6 months");
		List<String> cityBefore = row(csv("accommodation-now", "citymanager"), "Housing First tenancy");

		long person = TestPeople.named(TestPeople.uniqueName("Report Tenant")).save(mvc, users, jdbc);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
		// seven months and a week ago: the six-month milestone has passed, the twelve not
		LocalDate start = today.minusMonths(7).minusWeeks(1);
		mvc.perform(post("/service-users/{id}/accommodation", person).with(csrf())
			.with(users.as("worker"))
			.param("kind", "HOUSING_FIRST_TENANCY")
			.param("address", "Flat 1, Report Road")
			.param("startedOn", start.toString())).andExpect(status().is3xxRedirection());
		long episode = jdbc.sql("select max(id) from accommodation_episode where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
		long landlord = jdbc.sql("select min(id) from landlord where active").query(Long.class).single();
		mvc.perform(post("/service-users/{id}/accommodation/{e}/tenancy", person, episode).with(csrf())
			.with(users.as("worker"))
			.param("landlordId", String.valueOf(landlord))
			.param("type", "ASSURED_SHORTHOLD")
			.param("startedOn", start.toString())
			.param("rentAmount", "90.00")
			.param("rentFrequency", "WEEKLY")
			.param("whoPays", "THE_PERSON")).andExpect(status().is3xxRedirection());

		List<String> nowAfter = row(csv("accommodation-now", "manager"), "Housing First tenancy");
		assertThat(Integer.parseInt(nowAfter.get(1))).isEqualTo(Integer.parseInt(nowBefore.get(1)) + 1);
		List<String> sixAfter = row(csv("tenancies-sustained", "manager"), "6 months");
		assertThat(Integer.parseInt(sixAfter.get(1))).as("reached").isEqualTo(Integer.parseInt(sixBefore.get(1)) + 1);
		assertThat(Integer.parseInt(sixAfter.get(2))).as("sustained").isEqualTo(Integer.parseInt(sixBefore.get(2)) + 1);
		assertThat(row(csv("accommodation-now", "citymanager"), "Housing First tenancy")).isEqualTo(cityBefore);

		String page = mvc.perform(get("/team/tenancy-report").with(users.as("manager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("Keeping the home: tenancy report", "Where people live now", "Tenancies sustained",
					"data-report-chart", "/team/tenancy-report/accommodation-now.csv")
			.doesNotContain("Report Tenant", "Flat 1, Report Road");
	}

	@Test
	void isForManagersOnlyAndAnUnknownTableIsNotFound() throws Exception {
		mvc.perform(get("/team/tenancy-report").with(users.as("worker"))).andExpect(status().isForbidden());
		mvc.perform(get("/team/tenancy-report/accommodation-now.csv").with(users.as("serviceuser")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/team/tenancy-report/no-such-table.csv").with(users.as("manager")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/team/tenancy-report/accommodation-now.csv").with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(
					header().string("Content-Disposition", org.hamcrest.Matchers.containsString("accommodation-now")));
	}

	@Test
	void aCsvCellNeverStartsAFormula() {
		assertThat(TenancyReportController.cell("=SUM(A1)")).isEqualTo("\"'=SUM(A1)\"");
		assertThat(TenancyReportController.cell("-12.50")).isEqualTo("-12.50");
		assertThat(TenancyReportController.cell("Say \"hi\"")).isEqualTo("\"Say \"\"hi\"\"\"");
	}

	private String csv(String table, String username) throws Exception {
		return mvc.perform(get("/team/tenancy-report/{t}.csv", table).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The cells of the CSV line whose first cell is {@code first} (no commas in cells
	 * here).
	 */
	private static List<String> row(String csv, String first) {
		return Arrays.stream(csv.split("\r\n"))
			.map(line -> Arrays.stream(line.split(",")).map(c -> c.replaceAll("^\"|\"$", "")).toList())
			.filter(cells -> cells.get(0).equals(first))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + first + " in\n" + csv));
	}

}
