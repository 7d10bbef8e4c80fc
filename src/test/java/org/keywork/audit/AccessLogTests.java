package org.keywork.audit;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every opening of a person's pages is logged; managers of the person's team see it; the
 * person sees a summary.
 */
@KeyworkTest
class AccessLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Autowired
	AccessLog accessLog;

	long jamie;

	@BeforeEach
	void jamie() {
		jamie = ids.personOf("serviceuser");
	}

	long count(String page, String username) {
		return jdbc.sql("""
				select count(*) from access_log l join account a on a.id = l.account_id
				where l.service_user_id = ? and l.page = ? and a.username = ?
				""").params(jamie, page, username).query(Long.class).single();
	}

	@Nested
	class Recording {

		@Test
		void aSuccessfulViewIsLoggedWithTheRoutePatternNeverTheQuery() throws Exception {
			long before = count("/service-users/{id}/action-plan", "worker");
			mvc.perform(get("/service-users/" + jamie + "/action-plan?q=secret").with(users.as("worker")))
				.andExpect(status().isOk());
			assertThat(count("/service-users/{id}/action-plan", "worker")).isEqualTo(before + 1);
			Map<String, Object> last = jdbc.sql("""
					select l.role, t.name as team, l.page from access_log l left join team t on t.id = l.team_id
					where l.service_user_id = ? order by l.id desc limit 1
					""").param(jamie).query().singleRow();
			assertThat(last).containsEntry("role", "WORKER").containsEntry("team", "North Housing First");
			assertThat(last.get("page").toString()).doesNotContain("secret").doesNotContain("?");
		}

		@Test
		void refusedViewsAndPostsAreNotLogged() throws Exception {
			long before = jdbc.sql("select count(*) from access_log where service_user_id = ?")
				.param(jamie)
				.query(Long.class)
				.single();
			mvc.perform(get("/service-users/" + jamie).with(users.as("worker2"))).andExpect(status().isNotFound());
			mvc.perform(get("/service-users/" + jamie).with(users.as("admin"))).andExpect(status().isForbidden());
			assertThat(jdbc.sql("select count(*) from access_log where service_user_id = ?")
				.param(jamie)
				.query(Long.class)
				.single()).isEqualTo(before);
		}

		@Test
		void thePersonsOwnPortalViewsAreLogged() throws Exception {
			long before = count("/my-support/safety-plan", "serviceuser");
			mvc.perform(get("/my-support/safety-plan").with(users.as("serviceuser"))).andExpect(status().isOk());
			assertThat(count("/my-support/safety-plan", "serviceuser")).isEqualTo(before + 1);
		}

	}

	@Nested
	class Reading {

		@Test
		void theNorthManagerSeesWhoViewedTheFile() throws Exception {
			mvc.perform(get("/service-users/" + jamie).with(users.as("jordan"))).andExpect(status().isOk());
			mvc.perform(get("/service-users/" + jamie + "/access-log").with(users.as("manager")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Jordan Ellis")))
				// the page by the name a manager would use, with its route under it
				.andExpect(content().string(containsString("<span>Their page</span>")))
				.andExpect(content().string(containsString("/service-users/{id}")));
		}

		@Test
		void nobodyElseDoes() throws Exception {
			mvc.perform(get("/service-users/" + jamie + "/access-log").with(users.as("citymanager")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/service-users/" + jamie + "/access-log").with(users.as("worker")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/service-users/" + jamie + "/access-log").with(users.as("peer")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/service-users/" + jamie + "/access-log").with(users.as("serviceuser")))
				.andExpect(status().isForbidden());
		}

		@Test
		void theSummaryCountsEachDayRoleAndTeamOnceAndLeavesOutThePersonsOwnVisits() {
			// a person id of its own (the log has no foreign keys, V124), so that no
			// other
			// test's visits are counted
			long person = 999_000_016L;
			Map<String, Object> north = jdbc.sql("select id, name from team order by name limit 1").query().singleRow();
			Map<String, Object> other = jdbc.sql("select id, name from team order by name desc limit 1")
				.query()
				.singleRow();
			String insert = """
					insert into access_log (account_id, role, team_id, service_user_id, page, occurred_at)
					values (1, ?, ?, ?, '/service-users/{id}', cast(? as timestamptz))""";
			try {
				jdbc.sql(insert).params("WORKER", north.get("id"), person, "2026-03-02 09:00+00").update();
				jdbc.sql(insert).params("WORKER", north.get("id"), person, "2026-03-02 15:00+00").update();
				jdbc.sql(insert).params("WORKER", other.get("id"), person, "2026-03-02 10:00+00").update();
				jdbc.sql(insert).params("MANAGER", north.get("id"), person, "2026-03-02 11:00+00").update();
				jdbc.sql(insert).params("SERVICE_USER", null, person, "2026-03-02 12:00+00").update();
				jdbc.sql(insert).params("WORKER", north.get("id"), person, "2026-03-01 09:00+00").update();

				var days = accessLog.summaryForPerson(person, 0);

				assertThat(days.getTotalElements()).isEqualTo(4);
				assertThat(days.getContent())
					.extracting(day -> day.day().toString(), AccessLog.DaySummary::role, AccessLog.DaySummary::teamName,
							AccessLog.DaySummary::views)
					.containsExactly(tuple("2026-03-02", "MANAGER", north.get("name"), 1L),
							tuple("2026-03-02", "WORKER", north.get("name"), 2L),
							tuple("2026-03-02", "WORKER", other.get("name"), 1L),
							tuple("2026-03-01", "WORKER", north.get("name"), 1L));
			}
			finally {
				jdbc.sql("delete from access_log where service_user_id = ?").param(person).update();
			}
		}

		@Test
		void thePersonSeesRolesAndTeamsButNoNames() throws Exception {
			mvc.perform(get("/service-users/" + jamie + "/support-overview").with(users.as("jordan")))
				.andExpect(status().isOk());
			mvc.perform(get("/my-support/who-has-looked").with(users.as("serviceuser")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("A support worker")))
				.andExpect(content().string(containsString("North Housing First")))
				.andExpect(content().string(not(containsString("Jordan"))))
				.andExpect(content().string(not(containsString("Okafor"))));
		}

	}

	@Test
	void pagesFillInEnumeratedSegmentsOnly() {
		assertThat(AccessLogInterceptor.page(
				"/service-users/{id}/{kind:support-overview|safety-plan|action-plan}/versions/{number}",
				Map.of("id", "5", "kind", "safety-plan", "number", "2")))
			.isEqualTo("/service-users/{id}/safety-plan/versions/{number}");
	}

}
