package org.keywork.referrals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.caseload.CaseloadItems.CaseloadItem;
import org.keywork.database.Batches;
import org.keywork.web.Dates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Consent to share: a worker records it, it is valid until it expires (flagged on the
 * consent page, the person's page and the caseload before and after) or is withdrawn (by
 * staff or by the person in the portal); a peer and another person never see it.
 */
@KeyworkTest
class ConsentTests {

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
	Consents consents;

	@Autowired
	ConsentExpiry expiry;

	long person;

	long agency;

	@BeforeEach
	void aPersonAndAnAgency() throws Exception {
		this.person = TestPeople.named(TestPeople.uniqueName("Consent Person")).save(this.mvc, this.users, this.jdbc);
		this.agency = this.jdbc.sql("select id from agency where name = 'Talking Space'").query(Long.class).single();
	}

	@Test
	void consentIsValidUntilItExpiresAndExpiryIsFlagged() throws Exception {
		LocalDate today = this.dates.today();
		this.mvc
			.perform(post("/service-users/{id}/consent", this.person).with(csrf())
				.with(this.users.as("worker"))
				.param("agencyId", String.valueOf(this.agency))
				.param("what", "My name and what I would like help with")
				.param("recordKinds", "PERSONAL_DETAILS", "SUPPORT_OVERVIEW")
				.param("givenOn", today.toString())
				.param("expiresOn", today.plusDays(30).toString())
				.param("givenHow", "WRITTEN"))
			.andExpect(redirectedUrl("/service-users/" + this.person + "/consent"));
		assertThat(this.consents.validFor(this.person, this.agency, today)).isTrue();
		assertThat(this.expiry.forPeople(List.of(this.person), today, this.batches.start()).get())
			.as("not yet near expiry")
			.isEmpty();
		assertThat(page("/service-users/" + this.person + "/consent")).contains("Talking Space", "Valid",
				"Personal and contact details, Support Overview");

		try (TestClock.Moved m = this.clock.movedBy(Duration.ofDays(20))) {
			LocalDate later = this.dates.today();
			List<CaseloadItem> items = this.expiry.forPeople(List.of(this.person), later, this.batches.start())
				.get()
				.get(this.person);
			assertThat(items).singleElement().satisfies(item -> {
				assertThat(item.due()).isEqualTo(today.plusDays(30));
				assertThat(item.overdue()).isFalse();
				assertThat(item.messageKey()).isEqualTo("consent.due.expires");
			});
			assertThat(page("/service-users/" + this.person + "/consent")).contains("Expires soon");
		}
		try (TestClock.Moved m = this.clock.movedBy(Duration.ofDays(31))) {
			LocalDate later = this.dates.today();
			assertThat(this.consents.validFor(this.person, this.agency, later)).isFalse();
			assertThat(this.expiry.forPeople(List.of(this.person), later, this.batches.start()).get().get(this.person))
				.singleElement()
				.satisfies(item -> assertThat(item.overdue()).isTrue());
			assertThat(page("/service-users/" + this.person + "/consent")).contains("Expired", "Record new consent");
			assertThat(page("/service-users/" + this.person)).contains("Consent to share", "Expired");
			assertThat(page("/caseload")).contains("Consent to share with Talking Space has expired");
		}
	}

	@Test
	void consentToSomeoneWhoIsNotAnAgencyHasNoAgencyWhenItIsRead() throws Exception {
		LocalDate today = this.dates.today();
		this.mvc
			.perform(post("/service-users/{id}/consent", this.person).with(csrf())
				.with(this.users.as("worker"))
				.param("otherParty", "The person's sister")
				.param("what", "How the move is going")
				.param("recordKinds", "PERSONAL_DETAILS")
				.param("givenOn", today.toString())
				.param("expiresOn", today.plusDays(30).toString())
				.param("givenHow", "VERBAL"))
			.andExpect(redirectedUrl("/service-users/" + this.person + "/consent"));
		try (TestClock.Moved m = this.clock.movedBy(Duration.ofDays(31))) {
			// expired, but there is no agency to record new consent for
			assertThat(page("/service-users/" + this.person + "/consent"))
				.contains("The person&#39;s sister", "Expired")
				.doesNotContain("agencyId=");
		}
	}

	@Test
	void withdrawnConsentIsNoLongerValidAndAStaleWithdrawalChangesNothing() throws Exception {
		LocalDate today = this.dates.today();
		long id = consent(today.minusDays(10), null);
		assertThat(this.consents.validFor(this.person, this.agency, today)).isTrue();
		this.mvc
			.perform(post("/service-users/{id}/consent/{c}/withdraw", this.person, id).with(csrf())
				.with(this.users.as("worker"))
				.param("version", "0"))
			.andExpect(redirectedUrl("/service-users/" + this.person + "/consent"));
		assertThat(this.consents.validFor(this.person, this.agency, today)).isFalse();
		assertThat(this.consents.validFor(this.person, this.agency, today.minusDays(1))).as("valid before").isTrue();
		assertThat(this.expiry.forPeople(List.of(this.person), today, this.batches.start()).get()).isEmpty();
		this.mvc
			.perform(post("/service-users/{id}/consent/{c}/withdraw", this.person, id).with(csrf())
				.with(this.users.as("worker"))
				.param("version", "0"))
			.andExpect(redirectedUrl("/service-users/" + this.person + "/consent"));
		assertThat(
				this.jdbc.sql("select version from share_consent where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(page("/service-users/" + this.person + "/consent")).contains("Withdrawn");
	}

	@Test
	void aFormWithMistakesIsShownAgainWithEverythingTyped() throws Exception {
		String page = this.mvc
			.perform(post("/service-users/{id}/consent", this.person).with(csrf())
				.with(this.users.as("worker"))
				.param("what", "Only my phone number")
				.param("recordKinds", "OUTCOMES")
				.param("givenOn", this.dates.today().toString())
				.param("expiresOn", this.dates.today().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem", "Choose an agency or name who the consent is with",
				"The expiry date must be after the date consent was given", "Choose how the person gave consent",
				"Only my phone number", "value=\"OUTCOMES\" id=\"recordKinds6\" name=\"recordKinds\" checked");
		assertThat(this.jdbc.sql("select count(*) from share_consent where service_user_id = ?")
			.param(this.person)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void thePersonSeesTheirConsentsInPlainWordsAndStopsOne() throws Exception {
		long jamie = this.jdbc.sql("select id from service_user where legal_name = 'Jamie Brooks'")
			.query(Long.class)
			.single();
		long id = this.jdbc.sql("""
				insert into share_consent (service_user_id, other_party, what, given_on, given_how)
				values (?, 'My sister Dee', 'That I have moved', ?, 'PORTAL') returning id
				""").params(jamie, this.dates.today().minusDays(3)).query(Long.class).single();
		assertThat(page("serviceuser", "/my-support/consent")).contains("My sister Dee", "That I have moved",
				"Stop sharing", "Money Advice Point", "This ended on");
		// someone else may not stop it
		String other = TestPeople.uniqueName("consent-other").replace(' ', '-').toLowerCase(java.util.Locale.ROOT);
		this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role, service_user_id)
				values (?, 'Someone else', 'not-a-password', 'SERVICE_USER', ?)
				""").params(other, this.person).update();
		this.mvc
			.perform(post("/my-support/consent/{c}/withdraw", id).with(csrf())
				.with(this.users.as(other))
				.param("version", "0"))
			.andExpect(status().is4xxClientError());
		this.mvc
			.perform(post("/my-support/consent/{c}/withdraw", id).with(csrf())
				.with(this.users.as("serviceuser"))
				.param("version", "0"))
			.andExpect(redirectedUrl("/my-support/consent"));
		assertThat(this.jdbc.sql("select withdrawn_on from share_consent where id = ?")
			.param(id)
			.query(LocalDate.class)
			.single()).isEqualTo(this.dates.today());
		assertThat(page("serviceuser", "/my-support/consent")).contains("You stopped this on");
	}

	@Test
	void aPeerAndAnotherTeamNeverSeeConsents() throws Exception {
		long jamie = this.jdbc.sql("select id from service_user where legal_name = 'Jamie Brooks'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/service-users/{id}/consent", jamie).with(this.users.as("peer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/service-users/{id}/consent", jamie).with(this.users.as("worker2")))
			.andExpect(status().isNotFound());
		assertThat(page("peer", "/service-users/" + jamie)).doesNotContain("Consent to share", "Money Advice Point");
	}

	private long consent(LocalDate givenOn, LocalDate expiresOn) {
		return this.jdbc.sql("""
				insert into share_consent (service_user_id, agency_id, what, given_on, expires_on, given_how)
				values (?, ?, 'Everything', ?, ?, 'VERBAL') returning id
				""").params(this.person, this.agency, givenOn, expiresOn).query(Long.class).single();
	}

	private String page(String path) throws Exception {
		return page("worker", path);
	}

	private String page(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
