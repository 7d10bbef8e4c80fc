package org.keywork.database;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Keywork's connections to PostgreSQL start with (docs/performance.md, ADR 023).
 */
@KeyworkTest
class SessionSettingsTests {

	@Autowired
	JdbcClient jdbc;

	/**
	 * JIT off: at national scale it spent most of a second compiling plans for queries
	 * that run in milliseconds.
	 */
	@Test
	void theApplicationsSessionsDoNotCompilePlans() {
		assertThat(this.jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
	}

	/**
	 * A prepared statement keeps one plan: a page's batch took ten times longer to plan
	 * than to run.
	 */
	@Test
	void aPreparedStatementIsPlannedOnce() {
		assertThat(this.jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_generic_plan");
	}

}
