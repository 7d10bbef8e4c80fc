package org.keywork.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One transaction per page (see {@link PageTransactionFilter}): the filter, ahead of
 * Spring Session's, and Spring Session's repository made to take part in a transaction
 * already open (its default starts a new one, on a second connection, for every read and
 * save of a session). Outside a page request nothing changes: each read or save of a
 * session is still a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class PageTransactions {

	/** Just ahead of Spring Session's filter. */
	static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 10;

	@Bean
	FilterRegistrationBean<PageTransactionFilter> pageTransactionFilter(PlatformTransactionManager transactions,
			PageQueue queue) {
		FilterRegistrationBean<PageTransactionFilter> registration = new FilterRegistrationBean<>(
				new PageTransactionFilter(transactions, queue));
		registration.setOrder(ORDER);
		return registration;
	}

	/**
	 * Pages take turns in arrival order, as many at once as the pool has connections (ADR
	 * 029).
	 */
	@Bean
	PageQueue pageQueue(
			@Value("${keywork.web.concurrent-pages:${spring.datasource.hikari.maximum-pool-size:10}}") int size,
			@Value("${spring.datasource.hikari.connection-timeout:30000}") long waitMillis) {
		return new PageQueue(size, waitMillis);
	}

	/** Reads each session once per page. */
	@Bean
	static PageSessionCache pageSessionCache() {
		return new PageSessionCache();
	}

	/**
	 * Two requests of one session at once (two tabs, a page and its form's post) may both
	 * add the same attribute: Spring Session's plain insert then fails the second on the
	 * attributes' primary key, and with it the whole page. PostgreSQL's {@code on
	 * conflict} makes the second write the value instead.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Spring Session's {@code JdbcHttpSessionConfiguration} looks for it by this name.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		return template;
	}

}
