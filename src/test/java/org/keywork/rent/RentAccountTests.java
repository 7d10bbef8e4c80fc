package org.keywork.rent;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.web.Dates;

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
 * The rent account as staff, the person and others meet it: entering charges and payments
 * (validation keeps what was typed), the running balance and arrears in weeks, cancelling
 * a hand entry (with a reason, a stale cancel is 409), pagination, the person's page, the
 * portal, and who is refused.
 */
@KeyworkTest
class RentAccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Dates dates;

	@Nested
	class AWorker {

		@Test
		void entersChargesAndPaymentsThatShowNewestFirstWithTheRunningBalanceAndArrearsInWeeks() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Rent Person")).save(mvc, users, jdbc);
			LocalDate today = dates.today();
			RentTestData.tenancy(jdbc, person, today.minusMonths(3), "100.00", "WEEKLY");
			mvc.perform(add(person, today.minusDays(20), "CHARGE", "100.00", "Rent week one"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(add(person, today.minusDays(13), "CHARGE", "100.00", "Rent week two"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(
					add(person, today.minusDays(10), "PAYMENT", "40.00", "Part payment").param("reference", "REF-9"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(add(person, today.minusDays(6), "CHARGE", "100.00", "Rent week three"))
				.andExpect(status().is3xxRedirection());

			String list = page("/service-users/" + person + "/rent", "worker");
			assertThat(list).contains("£260.00 owed", "(2.6 weeks of rent)", "£100.00", "Reference: REF-9");
			assertThat(list.indexOf("Rent week three")).isLessThan(list.indexOf("Part payment"));
			assertThat(list.indexOf("Part payment")).isLessThan(list.indexOf("Rent week one"));
			// the running balance after each row, newest first: 260, 160, 200, 100
			assertThat(list.replaceAll("\\s+", " ")).containsSubsequence("£260.00", "£160.00", "£200.00", "£100.00");
			assertThat(page("/service-users/" + person, "worker")).contains("id=\"rent\"", "£260.00 owed",
					"(2.6 weeks of rent)");
		}

		@Test
		void isToldWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Rent Wrong")).save(mvc, users, jdbc);
			String wrong = mvc.perform(add(person, dates.today(), "", "96.555", "Typed description kept"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary", "Choose whether it is a charge or a payment",
					"Enter the amount as a positive number like 96.50", "value=\"Typed description kept\"",
					"value=\"96.555\"");
			String negative = mvc.perform(add(person, null, "PAYMENT", "-5", ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(negative).contains("Enter the date", "Enter the amount as a positive number like 96.50",
					"Enter a description");
			assertThat(count(person)).isZero();
		}

		@Test
		void aPaymentIsRecordedOnceMadeWhileAChargeMayBeEnteredAhead() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Rent Ahead")).save(mvc, users, jdbc);
			LocalDate nextWeek = dates.today().plusDays(7);
			String future = mvc.perform(add(person, nextWeek, "PAYMENT", "50.00", "Promised payment"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(future).contains("its date cannot be in the future", "href=\"#date\"",
					"value=\"Promised payment\"");
			assertThat(count(person)).isZero();
			mvc.perform(add(person, nextWeek, "CHARGE", "96.50", "Rent for next week"))
				.andExpect(status().is3xxRedirection());
			assertThat(count(person)).isEqualTo(1);
		}

		@Test
		void cancelsAHandEntryWithAReasonAndAStaleCancelIsRefusedKeepingWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Rent Cancel")).save(mvc, users, jdbc);
			mvc.perform(add(person, dates.today(), "CHARGE", "96.50", "Entered twice"))
				.andExpect(status().is3xxRedirection());
			long entry = jdbc.sql("select max(id) from rent_entry where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single();
			mvc.perform(cancel(person, entry, 0, "")).andExpect(status().isOk());
			mvc.perform(cancel(person, entry, 0, "Entered twice by mistake")).andExpect(status().is3xxRedirection());
			String stale = mvc.perform(cancel(person, entry, 0, "Typed in the stale form"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else cancelled or changed this entry");
			String list = page("/service-users/" + person + "/rent", "worker");
			assertThat(list).contains("Nothing owed", "Cancelled", "Why: Entered twice by mistake", "<del>");
			assertThat(RentTestData.balance(jdbc, person)).isZero();
			// the row is kept, with who and when
			assertThat(jdbc.sql("select cancelled_by is not null from rent_entry where id = ?")
				.param(entry)
				.query(Boolean.class)
				.single()).isTrue();
		}

		@Test
		void pagesTheEntriesInTheDatabase() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Rent Pages")).save(mvc, users, jdbc);
			LocalDate day = dates.today().minusDays(100);
			for (int i = 0; i < RentAccount.PAGE_SIZE + 5; i++) {
				RentTestData.entry(jdbc, person, day.plusDays(i), "CHARGE", "10.00");
			}
			String first = page("/service-users/" + person + "/rent", "worker");
			assertThat(first).contains("Page 1 of 2", "£300.00 owed");
			assertThat(first.split("data-entry=", -1)).hasSize(RentAccount.PAGE_SIZE + 1);
			String second = page("/service-users/" + person + "/rent?page=1", "worker");
			assertThat(second.split("data-entry=", -1)).hasSize(6);
			// the oldest row's balance after it is its own amount
			assertThat(second).contains("£10.00", "£50.00");
		}

	}

	@Nested
	class WhoSeesWhat {

		@Test
		void thePersonSeesTheirWholeAccountButNotStaffReasons() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Rent Portal");
			String me = PortalPeople.username(person);
			mvc.perform(add(person, dates.today().minusDays(3), "CHARGE", "96.50", "Rent for the week"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(add(person, dates.today().minusDays(2), "PAYMENT", "50.00", "Paid at the office"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(add(person, dates.today().minusDays(1), "CHARGE", "5.00", "Wrong charge"))
				.andExpect(status().is3xxRedirection());
			long wrong = jdbc.sql("select max(id) from rent_entry where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single();
			mvc.perform(cancel(person, wrong, 0, "Staff-only reason text")).andExpect(status().is3xxRedirection());

			String portal = page("/my-support/rent", me);
			assertThat(portal)
				.contains("Your rent account", "Rent for the week", "Paid at the office", "£46.50 owed",
						"Entered in error")
				.doesNotContain("Staff-only reason text", "/cancel");
			assertThat(page("/my-support", me)).contains("/my-support/rent");
		}

		@Test
		void peersOtherTeamsAndForgedRequestsAreRefused() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Rent Reach")).save(mvc, users, jdbc);
			mvc.perform(add(person, dates.today(), "CHARGE", "77.77", "Peer never sees this"))
				.andExpect(status().is3xxRedirection());
			long entry = jdbc.sql("select max(id) from rent_entry where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single();
			TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);

			mvc.perform(get("/service-users/{id}/rent", person).with(users.as("peer")))
				.andExpect(status().isForbidden());
			assertThat(page("/service-users/" + person, "peer")).doesNotContain("£77.77", "id=\"rent\"");
			mvc.perform(get("/service-users/{id}/rent", person).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/service-users/{id}/rent", person).with(csrf())
				.with(users.as("worker2"))
				.param("date", dates.today().toString())
				.param("kind", "CHARGE")
				.param("amount", "1.00")
				.param("description", "Other team")).andExpect(status().isNotFound());
			// without the CSRF token
			mvc.perform(post("/service-users/{id}/rent", person).with(users.as("worker"))
				.param("date", dates.today().toString())
				.param("kind", "CHARGE")
				.param("amount", "1.00")
				.param("description", "Forged"))
				.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl())
					.isNotEqualTo("/service-users/" + person + "/rent"));
			// an entry of someone else is not found under this person
			long other = TestPeople.named(TestPeople.uniqueName("Rent Other")).save(mvc, users, jdbc);
			mvc.perform(get("/service-users/{id}/rent/{e}/cancel", other, entry).with(users.as("worker")))
				.andExpect(status().isNotFound());
			mvc.perform(cancel(other, entry, 0, "Not theirs")).andExpect(status().isNotFound());
			assertThat(count(person)).isEqualTo(1);
			assertThat(count(other)).isZero();
			assertThat(RentTestData.balance(jdbc, person)).isEqualByComparingTo("77.77");
		}

	}

	private MockHttpServletRequestBuilder add(long person, LocalDate date, String kind, String amount,
			String description) {
		return post("/service-users/{id}/rent", person).with(csrf())
			.with(users.as("worker"))
			.param("date", date == null ? "" : date.toString())
			.param("kind", kind)
			.param("amount", amount)
			.param("description", description);
	}

	private MockHttpServletRequestBuilder cancel(long person, long entry, long version, String reason) {
		return post("/service-users/{id}/rent/{e}/cancel", person, entry).with(csrf())
			.with(users.as("worker"))
			.param("reason", reason)
			.param("version", String.valueOf(version));
	}

	private long count(long person) {
		return jdbc.sql("select count(*) from rent_entry where service_user_id = ?")
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
