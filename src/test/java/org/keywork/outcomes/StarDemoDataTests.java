package org.keywork.outcomes;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo shows the star at once: Jamie's readings compared with their own view, in the
 * portal too, and a reading overdue on the callover.
 */
@KeyworkTest
class StarDemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void jamieHasSeveralReadingsWithMovementAndTheirOwnViewAndTheCalloverShowsOneOverdue() throws Exception {
		long jamie = new DemoIds(this.jdbc).person(DemoIds.JAMIE);
		assertThat(this.jdbc.sql("select count(*) from star_reading where service_user_id = ? and not withheld")
			.param(jamie)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3L);
		assertThat(this.jdbc.sql("""
				select count(*) from star_score s join star_reading r on r.id = s.reading_id
				where r.service_user_id = ? and s.own_score is not null""").param(jamie).query(Long.class).single())
			.isPositive();
		String star = page("/service-users/" + jamie + "/outcomes", "worker");
		assertThat(star).contains("data-series=\"FIRST\"", "data-series=\"LATEST\"");
		String portal = page("/my-support/outcomes", "serviceuser");
		assertThat(portal).contains("class=\"kw-star__svg\"", "Distance travelled");
		String callover = page(
				"/team/callover?keyworkerId="
						+ this.jdbc.sql("select id from account where username = 'worker'").query(Long.class).single(),
				"manager");
		assertThat(callover).contains("Keywork life areas: reading due");
	}

	private String page(String path, String as) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
