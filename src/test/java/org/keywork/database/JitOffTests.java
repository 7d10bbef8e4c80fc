package org.keywork.database;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keywork's connections have PostgreSQL's JIT off: at national scale it spent most of a
 * second compiling plans for queries that run in milliseconds (docs/performance.md).
 */
@KeyworkTest
class JitOffTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApplicationsSessionsDoNotCompilePlans() {
		assertThat(this.jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
	}

}
