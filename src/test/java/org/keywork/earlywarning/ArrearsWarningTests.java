package org.keywork.earlywarning;

import java.time.LocalDate;
import java.time.ZoneId;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rent account and the early warning together, as a worker meets them: a tenancy is
 * recorded, rent charged and not paid; once the arrears reach two weeks' rent (the
 * default threshold) the person is flagged on My caseload and their page with the arrears
 * as the reason; a payment that clears them takes the flag away.
 */
@KeyworkTest
class ArrearsWarningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void arrearsOfTwoWeeksRentFlagTheHomeAtRiskAndAPaymentThatClearsThemEndsIt() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Arrears Warning")).save(mvc, users, jdbc);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		LocalDate start = today.minusWeeks(5);
		mvc.perform(post("/service-users/{id}/accommodation", person).with(csrf())
			.with(users.as("worker"))
			.param("kind", "SOCIAL_RENTED")
			.param("address", "Flat 2")
			.param("startedOn", start.toString())).andExpect(status().is3xxRedirection());
		long episode = jdbc.sql("select max(id) from accommodation_episode where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
		long landlord = jdbc.sql("select min(id) from landlord where active").query(Long.class).single();
		mvc.perform(post("/service-users/{id}/accommodation/{e}/tenancy", person, episode).with(csrf())
			.with(users.as("worker"))
			.param("landlordId", String.valueOf(landlord))
			.param("type", "SECURE")
			.param("startedOn", start.toString())
			.param("rentAmount", "100.00")
			.param("rentFrequency", "WEEKLY")
			.param("whoPays", "THE_PERSON")).andExpect(status().is3xxRedirection());

		// one week charged and paid, then a week unpaid: arrears of one week, no flag
		entry(person, start, "CHARGE", "100.00");
		entry(person, start.plusDays(1), "PAYMENT", "100.00");
		entry(person, start.plusWeeks(1), "CHARGE", "100.00");
		assertThat(row(page("/caseload"), person)).doesNotContain("Home at risk");

		// a second unpaid week: two weeks' rent, the default threshold
		entry(person, start.plusWeeks(2), "CHARGE", "100.00");
		String flagged = row(page("/caseload"), person);
		assertThat(flagged).contains("Home at risk", "Warning since", "/service-users/" + person + "/early-warning")
			.doesNotContain("Overdue since");
		assertThat(page("/service-users/" + person + "/early-warning"))
			.contains("Rent arrears of £200.00 (2 weeks of rent)");

		entry(person, start.plusWeeks(2).plusDays(1), "PAYMENT", "200.00");
		assertThat(row(page("/caseload"), person)).doesNotContain("Home at risk");
	}

	private void entry(long person, LocalDate date, String kind, String amount) throws Exception {
		mvc.perform(post("/service-users/{id}/rent", person).with(csrf())
			.with(users.as("worker"))
			.param("date", date.toString())
			.param("kind", kind)
			.param("amount", amount)
			.param("description", kind.equals("CHARGE") ? "Rent" : "Payment")).andExpect(status().is3xxRedirection());
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The person's row on a caseload page. */
	private static String row(String page, long person) {
		int at = page.indexOf("data-person-id=\"" + person + "\"");
		assertThat(at).as("person %d is listed", person).isPositive();
		int end = page.indexOf("data-person-id=", at + 20);
		return page.substring(at, end < 0 ? page.length() : end);
	}

}
