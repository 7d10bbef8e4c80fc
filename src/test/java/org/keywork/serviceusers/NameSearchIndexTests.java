package org.keywork.serviceusers;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.StatementCounter;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search on the service-user list is a plain "contains" on the legal name, the
 * preferred name and the reference, in any case, with {@code %} and {@code _} taken
 * literally; and PostgreSQL's one plan for it (ADR 023) reaches the people through their
 * team, whatever was typed, instead of reading a whole index for a short search.
 */
@KeyworkTest
class NameSearchIndexTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private MockHttpServletRequestBuilder search(String q) {
		return get("/service-users").param("q", q).with(this.users.as("worker"));
	}

	@Test
	void findsAPartOfEitherNameOrTheReferenceInAnyCaseAndTakesWildcardsLiterally() throws Exception {
		String legal = TestPeople.uniqueName("Zebedee Quorn");
		String preferred = TestPeople.uniqueName("Quill");
		long person = TestPeople.named(legal).preferredName(preferred).save(this.mvc, this.users, this.jdbc);
		String reference = this.jdbc.sql("select reference from service_user where id = ?")
			.param(person)
			.query(String.class)
			.single();
		String link = "href=\"/service-users/" + person + "\"";
		for (String q : List.of(legal.substring(2, 12).toUpperCase(), preferred.substring(1, 8).toLowerCase(),
				reference.toLowerCase())) {
			this.mvc.perform(search(q))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
		}
		for (String q : List.of("%", "_", "Zebedee%Quorn", "Zebedee_Quorn")) {
			this.mvc.perform(search(q))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(link))));
		}
	}

	@Test
	void theOnePlanReachesPeopleThroughTheirTeam() throws Exception {
		List<String> sent = this.counter.record(() -> this.mvc.perform(search("a")).andExpect(status().isOk()));
		String query = sent.stream()
			.filter(sql -> sql.toLowerCase().contains("from service_user s where") && sql.contains("strpos"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no search of the people in " + sent));
		assertThat(query.toLowerCase()).doesNotContain(" like ");
		long team = this.jdbc.sql("select id from team where name = 'North Housing First'").query(Long.class).single();
		// the search's own SQL, prepared with its parameters numbered, as the one
		// generic plan every search gets; without sequential scans, a filter no index
		// serves would show as a full index scan
		String[] parts = query.split("\\?", -1);
		StringBuilder numbered = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			numbered.append('$').append(i).append(parts[i]);
		}
		// the teams (as text), the text for each column, the offset and the limit
		String args = "('" + team + "', 'a', 'a', 'a', 0, 25)";
		TransactionTemplate rollback = new TransactionTemplate(this.transactions);
		String plan = rollback.execute(status -> {
			status.setRollbackOnly();
			this.jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
			this.jdbc.sql("set local enable_seqscan = off").update();
			this.jdbc.sql("prepare search_count as " + numbered).update();
			return String.join("\n", this.jdbc.sql("explain execute search_count" + args).query(String.class).list());
		});
		this.jdbc.sql("deallocate search_count").update();
		assertThat(plan).as(query).contains("service_user_team_status_idx").doesNotContain("trgm");
	}

}
