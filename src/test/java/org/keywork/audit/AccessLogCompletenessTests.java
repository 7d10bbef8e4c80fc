package org.keywork.audit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.StatementCounter;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access log is complete and fails closed (ADR 020): lists log every person they
 * show, in one statement; a POST that re-renders a person's data is logged; a failed log
 * write shows the error page, never the data. Every route is walked by
 * {@code security.AccessLogRouteTests}.
 */
@KeyworkTest
class AccessLogCompletenessTests {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 100_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Autowired
	StatementCounter statements;

	long jamie;

	@BeforeEach
	void jamie() {
		jamie = ids.personOf("serviceuser");
	}

	@Test
	void aFailedLogWriteShowsTheErrorPageNeverThePersonsData() throws Exception {
		jdbc.sql("""
				create or replace function access_log_refuse() returns trigger language plpgsql as $$
				begin raise exception 'access log refused (test)'; end $$""").update();
		// only for the two accounts this test signs in as, so other work is not disturbed
		jdbc.sql("""
				create trigger access_log_refuse before insert on access_log for each row
				when (new.account_id in (%d, %d)) execute function access_log_refuse()"""
			.formatted(ids.account("worker"), ids.account("serviceuser"))).update();
		String address = jdbc.sql("select address from service_user where id = ?")
			.param(jamie)
			.query(String.class)
			.single();
		assertThat(address).isNotBlank();
		try {
			for (String path : List.of("/service-users/" + jamie, "/service-users/" + jamie + "/safety-plan/print",
					"/caseload", "/service-users?q=Jamie")) {
				MockHttpServletResponse response = mvc.perform(get(path).with(users.as("worker")))
					.andExpect(status().isInternalServerError())
					.andReturn()
					.getResponse();
				assertThat(response.getContentAsString()).as(path)
					.contains("Sorry, something went wrong")
					.doesNotContain("Jamie Brooks")
					.doesNotContain("KW-")
					.doesNotContain(address);
			}
			MockHttpServletResponse own = mvc.perform(get("/my-support/details").with(users.as("serviceuser")))
				.andExpect(status().isInternalServerError())
				.andReturn()
				.getResponse();
			assertThat(own.getContentAsString()).contains("Sorry, something went wrong").doesNotContain(address);
		}
		finally {
			jdbc.sql("drop trigger access_log_refuse on access_log").update();
			jdbc.sql("drop function access_log_refuse()").update();
		}
		mvc.perform(get("/service-users/" + jamie).with(users.as("worker"))).andExpect(status().isOk());
	}

	@Test
	void aStaleEditReRendersThePersonsDetailsAndIsLogged() throws Exception {
		String name = "Logged Conflict " + Long.toString(UNIQUE.incrementAndGet(), 36);
		String location = mvc
			.perform(post("/service-users").with(csrf())
				.param("legalName", name)
				.param("dateOfBirth", "1970-01-01")
				.param("teamId", String.valueOf(teamOf(jamie)))
				.param("status", "REFERRED")
				.with(users.as("worker")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long version = jdbc.sql("select version from service_user where id = ?").param(id).query(Long.class).single();
		mvc.perform(edit(id, name, "First", version).with(users.as("worker"))).andExpect(status().isFound());
		assertThat(logged(id, "manager")).as("a save that redirects shows nothing").isZero();

		mvc.perform(edit(id, name, "Second", version).with(users.as("manager"))).andExpect(status().isConflict());
		assertThat(logged(id, "manager")).as("the 409 page shows the saved details").isEqualTo(1);

		mvc.perform(edit(id, "", "Third", version + 1).with(users.as("manager"))).andExpect(status().isOk());
		assertThat(logged(id, "manager")).as("a form re-shown with its errors").isEqualTo(2);
		assertThat(jdbc.sql("select distinct page from access_log where service_user_id = ? and page like '%{id}%'")
			.param(id)
			.query(String.class)
			.list()).containsOnly("/service-users/{id}");
	}

	@Test
	void aSearchLogsExactlyThePeopleItShows() throws Exception {
		long mark = mark();
		mvc.perform(get("/service-users").param("q", "Jamie Brooks").with(users.as("worker")))
			.andExpect(status().isOk());
		assertThat(loggedSince(mark, "worker", "/service-users")).containsExactly(jamie);
	}

	@Test
	void theCaseloadLogsEveryPersonOnItInOneStatement() throws Exception {
		long mark = mark();
		List<String> sql = statements
			.record(() -> mvc.perform(get("/caseload").with(users.as("worker"))).andExpect(status().isOk()));
		Set<Long> logged = loggedSince(mark, "worker", "/caseload");
		Set<Long> caseload = new TreeSet<>(jdbc.sql("""
				select s.id from service_user s join account a on a.id = s.keyworker_id
				where a.username = 'worker' and s.status in ('REFERRED', 'ACTIVE')
				  and s.team_id in (select team_id from account_team where account_id = a.id)""")
			.query(Long.class)
			.list());
		assertThat(logged).contains(jamie).containsAll(caseload);
		assertThat(sql.stream().filter(s -> s.toLowerCase().contains("insert into access_log"))).hasSize(1);
		assertThat(jdbc.sql("select count(distinct occurred_at) from access_log where id > ?")
			.param(mark)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theTeamsCalloverAndWithheldReviewLogThePeopleTheyList() throws Exception {
		long mark = mark();
		mvc.perform(get("/team/callover").param("keyworkerId", String.valueOf(ids.account("worker")))
			.with(users.as("manager"))).andExpect(status().isOk());
		assertThat(loggedSince(mark, "manager", "/team/callover")).contains(jamie);
		for (String path : List.of("/team/withheld", "/team/keyworker-requests")) {
			mark = mark();
			String body = mvc.perform(get(path).with(users.as("manager")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (body.contains("/service-users/")) {
				assertThat(loggedSince(mark, "manager", path)).as(path).isNotEmpty();
			}
		}
	}

	@Test
	void aDownloadAboutThePersonIsLoggedBeforeItIsWritten() throws Exception {
		long appointment = jdbc.sql("""
				select id from appointment where service_user_id = ? and not withheld order by id limit 1""")
			.param(jamie)
			.query(Long.class)
			.single();
		long mark = mark();
		mvc.perform(get("/service-users/" + jamie + "/appointments/" + appointment + ".ics").with(users.as("worker")))
			.andExpect(status().isOk());
		assertThat(loggedSince(mark, "worker", "/service-users/{id}/appointments/{appointmentId}.ics"))
			.containsExactly(jamie);
	}

	private MockHttpServletRequestBuilder edit(long id, String name, String preferred, long version) {
		return post("/service-users/" + id).with(csrf())
			.param("legalName", name)
			.param("preferredName", preferred)
			.param("teamId", String.valueOf(teamOf(jamie)))
			.param("status", "REFERRED")
			.param("version", String.valueOf(version));
	}

	private long teamOf(long person) {
		return jdbc.sql("select team_id from service_user where id = ?").param(person).query(Long.class).single();
	}

	private long logged(long person, String username) {
		return jdbc.sql("""
				select count(*) from access_log l join account a on a.id = l.account_id
				where l.service_user_id = ? and a.username = ?""").params(person, username).query(Long.class).single();
	}

	private long mark() {
		return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
	}

	private Set<Long> loggedSince(long mark, String username, String page) {
		return new TreeSet<>(jdbc.sql("""
				select l.service_user_id from access_log l join account a on a.id = l.account_id
				where l.id > ? and a.username = ? and l.page = ?""")
			.params(mark, username, page)
			.query(Long.class)
			.list());
	}

}
