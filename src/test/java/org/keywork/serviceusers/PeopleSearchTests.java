package org.keywork.serviceusers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people list's filters and orders ({@link PeopleSearch}): each filter narrows the
 * list, none reaches past the account's own teams, each order is kept, and the number of
 * pages counts every match.
 */
@KeyworkTest
class PeopleSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private DemoIds ids;

	private String prefix;

	private long alpha;

	private long beta;

	private long elsewhere;

	@BeforeEach
	void threePeopleWithTheSameWordInTheirNames() throws Exception {
		this.ids = new DemoIds(this.jdbc);
		this.prefix = TestPeople.uniqueName("Sifted");
		// alpha first (lower reference, older), beta second; by name alpha before beta
		this.alpha = TestPeople.named(this.prefix + " Alpha")
			.status("ACTIVE")
			.keyworker("worker")
			.save(this.mvc, this.users, this.jdbc);
		this.beta = TestPeople.named(this.prefix + " Beta")
			.status("REFERRED")
			.keyworker(null)
			.save(this.mvc, this.users, this.jdbc);
		this.elsewhere = TestPeople.named(this.prefix + " Gamma")
			.inTeam(this.ids.team("City Floating Support"))
			.keyworker(null)
			.by("worker2")
			.save(this.mvc, this.users, this.jdbc);
	}

	@Test
	void eachFilterNarrowsTheListAndNoneReachesAnotherTeam() throws Exception {
		assertThat(list("worker", "")).contains(link(this.alpha), link(this.beta)).doesNotContain(link(this.elsewhere));
		assertThat(list("worker", "&status=REFERRED")).contains(link(this.beta)).doesNotContain(link(this.alpha));
		assertThat(list("worker", "&keyworkerId=" + this.ids.account("worker"))).contains(link(this.alpha))
			.doesNotContain(link(this.beta));
		assertThat(list("worker", "&teamId=" + this.ids.north())).contains(link(this.alpha), link(this.beta));
		// asking for another team's people finds nobody, not that team's people
		assertThat(list("worker", "&teamId=" + this.ids.team("City Floating Support")))
			.doesNotContain(link(this.elsewhere), link(this.alpha), link(this.beta));
		assertThat(list("worker2", "")).contains(link(this.elsewhere)).doesNotContain(link(this.alpha));
	}

	@Test
	void eachOrderIsKept() throws Exception {
		assertThat(positionOf(this.alpha, "")).isLessThan(positionOf(this.beta, ""));
		assertThat(positionOf(this.alpha, "&sort=reference")).isLessThan(positionOf(this.beta, "&sort=reference"));
		assertThat(positionOf(this.beta, "&sort=newest")).isLessThan(positionOf(this.alpha, "&sort=newest"));
		// ACTIVE before REFERRED
		assertThat(positionOf(this.alpha, "&sort=status")).isLessThan(positionOf(this.beta, "&sort=status"));
	}

	@Test
	void thePagesCountEveryMatch() throws Exception {
		long north = this.jdbc.sql("select count(*) from service_user where team_id = ?")
			.param(this.ids.north())
			.query(Long.class)
			.single();
		long pages = (north + ServiceUserService.PAGE_SIZE - 1) / ServiceUserService.PAGE_SIZE;
		String page = this.mvc.perform(get("/service-users").with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Page 1 of " + pages);
		String last = this.mvc
			.perform(get("/service-users").param("page", String.valueOf(pages - 1)).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(last).contains("Page " + pages + " of " + pages).doesNotContain("rel=\"next\"");
	}

	private String list(String username, String filters) throws Exception {
		return this.mvc
			.perform(get("/service-users?search" + filters).param("q", this.prefix).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int positionOf(long person, String filters) throws Exception {
		int at = list("worker", filters).indexOf(link(person));
		assertThat(at).as("person %d is listed", person).isNotNegative();
		return at;
	}

	private static String link(long person) {
		return "href=\"/service-users/" + person + "\"";
	}

}
