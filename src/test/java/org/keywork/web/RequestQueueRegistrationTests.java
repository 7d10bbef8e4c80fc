package org.keywork.web;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue is in the application's filter chain, before the page's transaction takes a
 * connection, and lets in as many requests at once as the pool has connections.
 */
@KeyworkTest
class RequestQueueRegistrationTests {

	@Autowired
	FilterRegistrationBean<RequestQueueFilter> queue;

	@Autowired
	FilterRegistrationBean<PageTransactionFilter> pageTransaction;

	@Autowired
	DataSource dataSource;

	@Test
	void comesBeforeThePageTransactionAndMatchesThePool() throws Exception {
		assertThat(this.queue.getOrder()).isLessThan(this.pageTransaction.getOrder());
		assertThat(this.queue.getFilter().concurrent())
			.isEqualTo(this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize());
	}

}
