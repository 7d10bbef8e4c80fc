package org.keywork.withholding;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class WithholdingReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Autowired
	WithheldItems items;

	@Test
	void theTotalComesWithThePageAndStaysRightPastTheEnd() {
		Long north = this.jdbc.sql("select id from team where name = 'North Housing First'").query(Long.class).single();
		var first = this.items.inTeams(java.util.List.of(north), 0);
		assertThat(first.getTotalElements()).isPositive();
		var pastTheEnd = this.items.inTeams(java.util.List.of(north), 40);
		assertThat(pastTheEnd.getContent()).isEmpty();
		assertThat(pastTheEnd.getTotalElements()).isEqualTo(first.getTotalElements());
	}

	@Test
	void theNorthManagerSeesWithheldFactorsAndNotesOfTheirTeamWithReasons() throws Exception {
		mvc.perform(get("/team/withheld").with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Safety &amp; Wellbeing Plan factor: Exploitation or abuse by others")))
			.andExpect(content().string(containsString("Information about someone else (third party)")))
			.andExpect(content().string(containsString("data-item=\"NOTE\"")))
			.andExpect(content().string(not(containsString("Kwame Mensah"))));
		// the City manager sees none of North's withheld items
		mvc.perform(get("/team/withheld").with(users.as("citymanager")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Exploitation or abuse by others"))))
			.andExpect(content().string(not(containsString("Jamie"))));
	}

	@Test
	@Transactional
	void aSupportRecordIsReviewedWhileItsLatestVersionIsWithheldAndNotAfter() throws Exception {
		long jamie = this.ids.jamie();
		String addVersion = """
				insert into support_record (service_user_id, kind, version_number, status, content, withheld,
				  withheld_reason, withheld_detail)
				select ?, 'ACTION_PLAN', coalesce(max(version_number), 0) + 1, 'DRAFT', '{"goals": []}', ?, ?, ?
				from support_record where service_user_id = ? and kind = 'ACTION_PLAN'
				""";
		this.jdbc.sql(addVersion)
			.params(jamie, true, "THIRD_PARTY", "Plan withheld while it is reviewed", jamie)
			.update();
		mvc.perform(get("/team/withheld").with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Plan withheld while it is reviewed")));
		// a newer version shared with the person: the earlier withheld one is history,
		// not
		// something withheld now
		this.jdbc.sql(addVersion).params(jamie, false, null, null, jamie).update();
		mvc.perform(get("/team/withheld").with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Plan withheld while it is reviewed"))));
	}

	@Test
	@Transactional
	void withheldOutcomeRecordsAreReviewedWithTheRest() throws Exception {
		long jamie = this.ids.jamie();
		long worker = this.ids.account("worker");
		this.jdbc.sql("""
				insert into star_reading (service_user_id, measure_id, taken_on, withheld, withheld_reason,
				  withheld_detail, recorded_by)
				select ?, min(id), current_date, true, 'THIRD_PARTY', 'Star withheld for review', ? from star_measure
				""").params(jamie, worker).update();
		this.jdbc.sql("""
				insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total, score,
				  withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (?, 'SWEMWBS', current_date, 'WORKER', 21, 19.25, true, 'SERIOUS_HARM',
				  'Wellbeing withheld for review', now(), ?)
				""").params(jamie, worker).update();
		this.jdbc.sql("""
				insert into cycle_issue (service_user_id, name, withheld, withheld_reason, withheld_detail, created_by)
				values (?, 'Issue withheld for review', true, 'OTHER', 'Cycle withheld for review', ?)
				""").params(jamie, worker).update();
		mvc.perform(get("/team/withheld").with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-item=\"STAR\""),
					containsString("Star withheld for review"), containsString("data-item=\"WELLBEING\""),
					containsString("Wellbeing score: SWEMWBS"), containsString("Wellbeing withheld for review"),
					containsString("Cycle of Change issue: Issue withheld for review"),
					containsString("Cycle withheld for review"))));
		mvc.perform(get("/team/withheld").with(users.as("citymanager")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Star withheld for review")),
					not(containsString("Wellbeing withheld for review")),
					not(containsString("Issue withheld for review")))));
	}

	@Test
	@Transactional
	void withheldBenefitsAndAccommodationAreReviewedWithTheRest() throws Exception {
		long jamie = this.ids.jamie();
		long worker = this.ids.account("worker");
		this.jdbc.sql("""
				insert into welfare_benefit (service_user_id, benefit, status, status_since, withheld, withheld_reason,
				  withheld_detail, created_by)
				values (?, 'ESA', 'APPLYING', current_date, true, 'THIRD_PARTY', 'Benefit withheld for review', ?)
				""").params(jamie, worker).update();
		this.jdbc
			.sql("""
					insert into accommodation_episode (service_user_id, form, started_on, ended_on, withheld, withheld_reason,
					  withheld_detail, created_by)
					values (?, 'NIGHT_SHELTER', date '2019-01-01', date '2019-02-01', true, 'SERIOUS_HARM',
					  'Episode withheld for review', ?)
					""")
			.params(jamie, worker)
			.update();
		mvc.perform(get("/team/withheld").with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-item=\"BENEFIT\""),
					containsString("Welfare benefit: Employment and Support Allowance (ESA)"),
					containsString("Benefit withheld for review"), containsString("data-item=\"HOUSING\""),
					containsString("Where they lived: Night shelter"), containsString("Episode withheld for review"))));
		mvc.perform(get("/team/withheld").with(users.as("citymanager")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Benefit withheld for review")),
					not(containsString("Episode withheld for review")))));
	}

	@Test
	void onlyManagersReviewWithholding() throws Exception {
		mvc.perform(get("/team/withheld").with(users.as("worker"))).andExpect(status().isForbidden());
		mvc.perform(get("/team/withheld").with(users.as("peer"))).andExpect(status().isForbidden());
		mvc.perform(get("/team/withheld").with(users.as("admin"))).andExpect(status().isForbidden());
	}

}
