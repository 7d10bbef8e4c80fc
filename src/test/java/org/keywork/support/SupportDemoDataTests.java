package org.keywork.support;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo support records: every North Housing First person has them, and Jamie Brooks
 * shows the banner.
 */
@KeyworkTest
class SupportDemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	void everyNorthDemoPersonHasThreeAgreedRecordsWithHistory() {
		long withoutAll = jdbc.sql("""
				select count(*) from service_user su join team t on t.id = su.team_id
				where t.name = 'North Housing First' and su.legal_name in ('Jamie Brooks', 'Ronald Pike', 'Tina Marsh')
				  and (select count(distinct kind) from support_record r
				       where r.service_user_id = su.id and r.status = 'AGREED') < 3
				""").query(Long.class).single();
		assertThat(withoutAll).isZero();
		long twoVersions = jdbc.sql("select count(*) from support_record where version_number = 2")
			.query(Long.class)
			.single();
		assertThat(twoVersions).isPositive();
		long overdue = jdbc
			.sql("select count(*) from support_record where status = 'AGREED' and review_due < current_date")
			.query(Long.class)
			.single();
		assertThat(overdue).isPositive();
		long missingEvents = jdbc.sql("""
				select count(*) from support_record r
				where not exists (select 1 from support_record_event e where e.record_id = r.id and e.action = 'AGREED')
				  and r.status = 'AGREED' and r.created_by is not null
				  and r.service_user_id in (select id from service_user where legal_name = 'Jamie Brooks')
				""").query(Long.class).single();
		assertThat(missingEvents).isZero();
	}

	@Test
	void jamieBrooksShowsTheBannerAndKeepsTheWithheldFactorFromThePeer() throws Exception {
		long jamie = ids.jamie();
		mvc.perform(get("/service-users/" + jamie + "/safety-plan").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bruno, Jamie")))
			.andExpect(content().string(containsString("asks Jamie for money on payday")))
			.andExpect(content()
				.string(containsString("Withheld from the person: Information about someone else (third party)")));
		mvc.perform(get("/service-users/" + jamie + "/safety-plan").with(users.as("peer")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/service-users/" + jamie).with(users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bruno, Jamie")))
			.andExpect(content().string(not(containsString("money on payday"))));
		mvc.perform(get("/service-users/" + jamie + "/support-overview").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("get back on my bike")))
			.andExpect(content().string(containsString("Not discussed yet:")));
		mvc.perform(get("/service-users/" + jamie + "/action-plan").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Get my bike fixed up")));
		mvc.perform(get("/service-users/" + jamie).with(users.as("serviceuser")))
			.andExpect(content().string(not(containsString("Bruno"))));
	}

}
