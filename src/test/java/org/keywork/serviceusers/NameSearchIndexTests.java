package org.keywork.serviceusers;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.StatementCounter;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search on the service-user list can use the trigram indexes of migration V40: the
 * SQL it sends filters on exactly the indexed expressions, and PostgreSQL answers that
 * filter from those indexes.
 */
@KeyworkTest
class NameSearchIndexTests {

	private static final List<String> COLUMNS = List.of("legal_name", "preferred_name", "reference");

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

	@Test
	void theSearchFiltersOnTheIndexedExpressions() throws Exception {
		MockHttpServletRequestBuilder search = get("/service-users").param("q", "Jam").with(this.users.as("worker"));
		List<String> sent = this.counter.record(() -> this.mvc.perform(search).andExpect(status().isOk()));
		for (String column : COLUMNS) {
			assertThat(sent).as("the search's statements")
				.anyMatch(sql -> sql.toLowerCase()
					.matches(".*from service_user .*lower\\(\\w+\\." + column + "\\) like \\? escape .*"));
		}
	}

	@Test
	void postgresqlAnswersThatFilterFromTheTrigramIndexes() {
		TransactionTemplate rollback = new TransactionTemplate(this.transactions);
		String plan = rollback.execute(status -> {
			status.setRollbackOnly();
			// with no way but an index condition to find rows, a filter the indexes
			// cannot serve would be a seq scan
			this.jdbc.sql("set local enable_seqscan = off").update();
			this.jdbc.sql("set local enable_indexscan = off").update();
			return String.join("\n", this.jdbc.sql("""
					explain select id from service_user
					where lower(legal_name) like ? escape '\\' or lower(preferred_name) like ? escape '\\'
					   or lower(reference) like ? escape '\\'
					""").params("%jam%", "%jam%", "%jam%").query(String.class).list());
		});
		assertThat(plan)
			.contains("service_user_legal_name_trgm_idx", "service_user_preferred_name_trgm_idx",
					"service_user_reference_trgm_idx")
			.doesNotContain("Seq Scan");
	}

}
