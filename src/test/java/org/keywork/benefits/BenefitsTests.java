package org.keywork.benefits;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestClock;
import org.keywork.web.Dates;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.housing.TenancyReportPart.ReportTable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Welfare benefits as staff, the person and a peer meet them: adding and changing
 * (validation, optimistic locking), the status history on the timeline, reviews due on My
 * caseload, the tenancy report's part, and who sees what (a withheld benefit never
 * reaches the person; peers and other teams see none).
 */
@KeyworkTest
class BenefitsTests {

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
	Dates dates;

	@Autowired
	BenefitsReportPart report;

	@Nested
	class AWorker {

		@Test
		void addsABenefitAndChangesItsStatusWhichTheTimelineShows() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Benefit Person")).save(mvc, users, jdbc);
			mvc.perform(add(person, "UNIVERSAL_CREDIT", "", "APPLYING", "2026-01-05", "", "", false))
				.andExpect(status().is3xxRedirection());
			long benefit = benefitId(person);
			mvc.perform(change(person, benefit, 0, "AWARDED", "2026-02-01", "393.45", "MONTHLY"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(change(person, benefit, 1, "SUSPENDED", "2026-03-03", "393.45", "MONTHLY"))
				.andExpect(status().is3xxRedirection());

			String list = page("/service-users/" + person + "/benefits", "worker");
			assertThat(list).contains("Universal Credit", "Suspended since 3 March 2026", "£393.45 every month");
			assertThat(page("/service-users/" + person, "worker")).contains("id=\"benefits\"", "Universal Credit");
			String timeline = page("/service-users/" + person + "?kind=benefit", "worker");
			assertThat(timeline).contains("Applying for Universal Credit", "Universal Credit awarded",
					"Universal Credit suspended");
			assertThat(jdbc.sql("""
					select count(*) from welfare_benefit_status s where s.benefit_id = ?
					""").param(benefit).query(Long.class).single()).isEqualTo(3);
		}

		@Test
		void isToldWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Benefit Wrong")).save(mvc, users, jdbc);
			String wrong = mvc
				.perform(add(person, "OTHER", "", "AWARDED", "2026-01-05", "12.345", "", false).param("notes",
						"Typed note kept"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary", "Enter the name of the benefit",
					"Enter the amount as an amount like 393.45", "value=\"12.345\"", "Typed note kept");
			String noPeriod = mvc.perform(add(person, "PIP", "", "AWARDED", "", "100.00", "", false))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(noPeriod).contains("Enter the date it took this status", "Choose how often the amount is paid");
			String tomorrow = dates.today().plusDays(1).toString();
			String future = mvc.perform(add(person, "PIP", "", "AWARDED", tomorrow, "100.00", "WEEKLY", false))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(future).contains("The date it took this status cannot be in the future", "href=\"#statusSince\"",
					"value=\"" + tomorrow + "\"");
			assertThat(jdbc.sql("select count(*) from welfare_benefit where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void aStaleChangeIsRefusedKeepingWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Benefit Stale")).save(mvc, users, jdbc);
			mvc.perform(add(person, "ESA", "", "APPLYING", "2026-01-05", "", "", false))
				.andExpect(status().is3xxRedirection());
			long benefit = benefitId(person);
			mvc.perform(change(person, benefit, 0, "AWARDED", "2026-02-01", "90.00", "WEEKLY"))
				.andExpect(status().is3xxRedirection());
			String stale = mvc
				.perform(change(person, benefit, 0, "STOPPED", "2026-02-02", "91.00", "WEEKLY").param("notes",
						"Typed in the stale form"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else changed this benefit", "Typed in the stale form");
			assertThat(jdbc.sql("select status from welfare_benefit where id = ?")
				.param(benefit)
				.query(String.class)
				.single()).isEqualTo("AWARDED");
		}

		@Test
		void seesAReviewDueThisWeekOnTheirCaseloadAndNotBefore() throws Exception {
			String name = TestPeople.uniqueName("Benefit Review");
			long person = TestPeople.named(name).save(mvc, users, jdbc);
			LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
			LocalDate review = today.plusDays(12);
			mvc.perform(add(person, "PIP", "", "AWARDED", "2025-06-01", "108.55", "WEEKLY", false).param("reviewOn",
					review.toString()))
				.andExpect(status().is3xxRedirection());
			assertThat(caseloadRow(person)).doesNotContain("Personal Independence Payment (PIP): review");
			try (TestClock.Moved moved = clock.movedBy(Duration.ofDays(6))) {
				assertThat(caseloadRow(person)).contains("data-due-item",
						"Personal Independence Payment (PIP): review or reassessment");
			}
		}

		private String caseloadRow(long person) throws Exception {
			String page = page("/caseload", "worker");
			int at = page.indexOf("data-person-id=\"" + person + "\"");
			assertThat(at).as("the person is on the caseload").isPositive();
			return page.substring(at, page.indexOf("</tr>", at));
		}

	}

	@Nested
	class TheTenancyReport {

		@Test
		void countsClaimsPendingAndBenefitsByStatus() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Benefit Report")).save(mvc, users, jdbc);
			mvc.perform(add(person, "PIP", "", "APPLYING", "2026-01-05", "", "", false))
				.andExpect(status().is3xxRedirection());
			mvc.perform(add(person, "HOUSING_BENEFIT", "", "APPLYING", "2026-02-05", "", "", false))
				.andExpect(status().is3xxRedirection());
			mvc.perform(add(person, "ESA", "", "STOPPED", "2026-02-05", "", "", false))
				.andExpect(status().is3xxRedirection());
			List<ReportTable> tables;
			LocaleContextHolder.setLocale(Locale.UK);
			try {
				tables = report.tables(List.of(person), LocalDate.parse("2026-03-01"));
			}
			finally {
				LocaleContextHolder.resetLocaleContext();
			}
			assertThat(tables).extracting(ReportTable::id).containsExactly("benefits-pending", "benefits-by-status");
			assertThat(tables.get(0).rows()).containsExactly(List.of("Housing Benefit", "1", "5 February 2026"),
					List.of("Personal Independence Payment (PIP)", "1", "5 January 2026"));
			assertThat(tables.get(1).hasChart()).isTrue();
			assertThat(tables.get(1).rows()).contains(List.of("Applying", "2"), List.of("Stopped", "1"),
					List.of("Awarded", "0"));
		}

	}

	@Nested
	class WhoSeesWhat {

		@Test
		void thePersonSeesSharedBenefitsOnlyAndNeverAWithheldOne() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Benefit Portal");
			String me = PortalPeople.username(person);
			mvc.perform(add(person, "PENSION_CREDIT", "", "AWARDED", "2025-01-01", "218.15", "WEEKLY", false)
				.param("notes", "Shared benefit note")).andExpect(status().is3xxRedirection());
			mvc.perform(add(person, "OTHER", "Secret grant from the trust", "APPLYING", "2025-03-01", "", "", true)
				.param("notes", "Withheld benefit note")).andExpect(status().is3xxRedirection());

			String mine = page("/my-support/benefits", me);
			assertThat(mine).contains("Your benefits", "Pension Credit", "£218.15 every week", "Shared benefit note")
				.doesNotContain("Secret grant", "Withheld benefit note");
			assertThat(page("/my-support", me)).contains("/my-support/benefits");
			assertThat(page("/service-users/" + person + "/benefits", "worker")).contains("Secret grant from the trust",
					"Not shared");
		}

		@Test
		void peersOtherTeamsAndOtherPeopleAreRefused() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Benefit Reach")).save(mvc, users, jdbc);
			mvc.perform(add(person, "JSA", "", "APPLYING", "2026-01-10", "", "", false).param("notes",
					"Peer never sees this"))
				.andExpect(status().is3xxRedirection());
			long benefit = benefitId(person);
			TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);

			mvc.perform(get("/service-users/{id}/benefits", person).with(users.as("peer")))
				.andExpect(status().isForbidden());
			assertThat(page("/service-users/" + person, "peer")).doesNotContain("Peer never sees this",
					"id=\"benefits\"");
			mvc.perform(get("/service-users/{id}/benefits", person).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/service-users/{id}/benefits/{b}/edit", person, benefit).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			long other = TestPeople.named(TestPeople.uniqueName("Benefit Other")).save(mvc, users, jdbc);
			mvc.perform(get("/service-users/{id}/benefits/{b}/edit", other, benefit).with(users.as("worker")))
				.andExpect(status().isNotFound());
			mvc.perform(change(other, benefit, 0, "STOPPED", "2026-02-01", "", "")).andExpect(status().isNotFound());
			// a forged POST without the token is refused
			mvc.perform(post("/service-users/{id}/benefits", person).with(users.as("worker"))
				.param("type", "PIP")
				.param("status", "APPLYING")
				.param("statusSince", "2026-01-01")).andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select count(*) from welfare_benefit where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select status from welfare_benefit where id = ?")
				.param(benefit)
				.query(String.class)
				.single()).isEqualTo("APPLYING");
		}

	}

	private MockHttpServletRequestBuilder add(long person, String type, String otherName, String status, String since,
			String amount, String period, boolean withheld) {
		MockHttpServletRequestBuilder request = post("/service-users/{id}/benefits", person).with(csrf())
			.with(users.as("worker"))
			.param("type", type)
			.param("otherName", otherName)
			.param("status", status)
			.param("statusSince", since)
			.param("amount", amount)
			.param("period", period);
		if (withheld) {
			request.param("withheld", "true").param("withheldReason", "THIRD_PARTY");
		}
		return request;
	}

	private MockHttpServletRequestBuilder change(long person, long benefit, long version, String status, String since,
			String amount, String period) {
		return post("/service-users/{id}/benefits/{b}", person, benefit).with(csrf())
			.with(users.as("worker"))
			.param("type", "UNIVERSAL_CREDIT")
			.param("status", status)
			.param("statusSince", since)
			.param("amount", amount)
			.param("period", period)
			.param("version", String.valueOf(version));
	}

	private long benefitId(long person) {
		return jdbc.sql("select max(id) from welfare_benefit where service_user_id = ?")
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
