package org.keywork.referrals;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.web.Dates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Referrals: a referral that shares information needs valid consent with that agency on
 * its date (refused with a clear message and the form kept otherwise); the status history
 * is kept and a stale change is refused; the person sees shared referrals in plain words
 * and never a withheld one; a peer sees none; services used show on the person's page.
 */
@KeyworkTest
class ReferralTests {

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

	long person;

	long agency;

	@BeforeEach
	void aPersonAndAnAgency() throws Exception {
		this.person = TestPeople.named(TestPeople.uniqueName("Referral Person")).save(this.mvc, this.users, this.jdbc);
		this.agency = this.jdbc.sql("select id from agency where name = 'Open Door Learning'")
			.query(Long.class)
			.single();
	}

	@Test
	void aSharingReferralNeedsValidConsentOnItsDate() throws Exception {
		LocalDate today = this.dates.today();
		// consent that expired yesterday
		this.jdbc.sql("""
				insert into share_consent (service_user_id, agency_id, what, given_on, expires_on, given_how)
				values (?, ?, 'Contact details', ?, ?, 'WRITTEN')
				""").params(this.person, this.agency, today.minusDays(100), today).update();
		String page = this.mvc.perform(referral(today).param("sharesInformation", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem", "has no valid consent to share with Open Door Learning",
				"/service-users/" + this.person + "/consent", "Wants to learn to cook on a budget",
				"id=\"lifeAreas-LIVING_SKILLS\" value=\"LIVING_SKILLS\" name=\"lifeAreas\" checked");
		assertThat(count()).isZero();

		// without sharing information it may be made
		this.mvc.perform(referral(today)).andExpect(redirectedUrl("/service-users/" + this.person + "/referrals"));
		assertThat(count()).isEqualTo(1);

		// on a date the consent covered, a sharing referral may be made
		this.mvc.perform(referral(today.minusDays(5)).param("sharesInformation", "true"))
			.andExpect(redirectedUrl("/service-users/" + this.person + "/referrals"));
		assertThat(count()).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select count(*) from referral_life_area a join referral r on r.id = a.referral_id
				where r.service_user_id = ? and a.life_area_code = 'LIVING_SKILLS'""")
			.param(this.person)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void consentThatLapsesLaterStillCoversAReferralMadeWhileValidButNotAfter() throws Exception {
		LocalDate today = this.dates.today();
		this.jdbc.sql("""
				insert into share_consent (service_user_id, agency_id, what, given_on, expires_on, given_how)
				values (?, ?, 'Contact details', ?, ?, 'VERBAL')
				""").params(this.person, this.agency, today, today.plusDays(10)).update();
		this.mvc.perform(referral(today).param("sharesInformation", "true"))
			.andExpect(redirectedUrl("/service-users/" + this.person + "/referrals"));
		try (TestClock.Moved m = this.clock.movedBy(Duration.ofDays(11))) {
			LocalDate later = this.dates.today();
			String page = this.mvc.perform(referral(later).param("sharesInformation", "true"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("has no valid consent to share");
		}
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void theStatusHistoryIsKeptAndAStaleChangeIsRefused() throws Exception {
		this.mvc.perform(referral(this.dates.today()))
			.andExpect(redirectedUrl("/service-users/" + this.person + "/referrals"));
		long id = this.jdbc.sql("select id from referral where service_user_id = ?")
			.param(this.person)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/service-users/{id}/referrals/{r}/status", this.person, id).with(csrf())
				.with(this.users.as("worker"))
				.param("version", "0")
				.param("status", "ATTENDING")
				.param("note", "Started on Tuesday"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/service-users/{id}/referrals/{r}/status", this.person, id).with(csrf())
				.with(this.users.as("worker"))
				.param("version", "0")
				.param("status", "DECLINED"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select status from referral where id = ?").param(id).query(String.class).single())
			.isEqualTo("ATTENDING");
		assertThat(this.jdbc.sql("select status from referral_status_change where referral_id = ? order by id")
			.param(id)
			.query(String.class)
			.list()).containsExactly("MADE", "ATTENDING");
		String list = page("worker", "/service-users/" + this.person + "/referrals");
		assertThat(list).contains("Attending", "Started on Tuesday");
		assertThat(page("worker", "/service-users/" + this.person)).contains("Services used", "Open Door Learning");
		// the referral and its status change are on the person's timeline, once each
		String timeline = page("worker", "/service-users/" + this.person + "?kind=REFERRAL");
		assertThat(timeline).contains("Referred to Open Door Learning", "Wants to learn to cook on a budget",
				"Started on Tuesday", "#referral-" + id);
		assertThat(timeline.split("Referral to Open Door Learning: attending", -1)).hasSize(2);
		assertThat(timeline).doesNotContain("Referral to Open Door Learning: declined");
	}

	@Test
	void thePersonSeesSharedReferralsOnlyAndAPeerNone() throws Exception {
		long jamie = this.jdbc.sql("select id from service_user where legal_name = 'Jamie Brooks'")
			.query(Long.class)
			.single();
		String portal = page("serviceuser", "/my-support/referrals");
		assertThat(portal).contains("Northtown Recovery Service", "You are going there.");
		this.mvc
			.perform(post("/service-users/{id}/referrals", jamie).with(csrf())
				.with(this.users.as("worker"))
				.param("agencyId", String.valueOf(this.agency))
				.param("reason", "Secret-reason-about-a-relative")
				.param("referredOn", this.dates.today().toString())
				.param("withheld", "true")
				.param("withheldReason", "THIRD_PARTY"))
			.andExpect(redirectedUrl("/service-users/" + jamie + "/referrals"));
		assertThat(page("worker", "/service-users/" + jamie + "/referrals")).contains("Secret-reason-about-a-relative");
		assertThat(page("serviceuser", "/my-support/referrals")).doesNotContain("Secret-reason-about-a-relative");
		this.mvc.perform(get("/service-users/{id}/referrals", jamie).with(this.users.as("peer")))
			.andExpect(status().isForbidden());
		assertThat(page("peer", "/service-users/" + jamie)).doesNotContain("Secret-reason", "Services used",
				"Referred to");
		assertThat(page("worker", "/service-users/" + jamie + "?kind=REFERRAL"))
			.contains("Referred to Open Door Learning", "Secret-reason-about-a-relative");
	}

	@Test
	void aManagerSeesTheServicesTheTeamUsesAsATableAndCsv() throws Exception {
		String page = page("manager", "/team/services");
		assertThat(page).contains("Northtown Recovery Service", "Money Advice Point", "People using it");
		// reached from the manager's menu, marked as the current page
		assertThat(page).containsPattern("href=\"/team/services\"[^>]*aria-current=\"page\"");
		String csv = page("manager", "/team/services.csv");
		assertThat(csv).startsWith("agency,made,accepted,declined,waiting,attending,ended,total,people_using")
			.contains("\"Northtown Recovery Service\"");
		// another team's manager sees nothing of North's people
		assertThat(page("citymanager", "/team/services")).doesNotContain("Northtown Recovery Service");
		this.mvc.perform(get("/team/services").with(this.users.as("worker"))).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder referral(LocalDate on) {
		return post("/service-users/{id}/referrals", this.person).with(csrf())
			.with(this.users.as("worker"))
			.param("agencyId", String.valueOf(this.agency))
			.param("reason", "Wants to learn to cook on a budget")
			.param("lifeAreas", "LIVING_SKILLS")
			.param("referredOn", on.toString());
	}

	private long count() {
		return this.jdbc.sql("select count(*) from referral where service_user_id = ?")
			.param(this.person)
			.query(Long.class)
			.single();
	}

	private String page(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
