package org.keywork.security;

import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;
import org.keywork.security.AccessMatrix.Caller;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The access model, proven route by route. {@link AccessMatrix} states, for every route
 * the application maps (read from Spring MVC's handler mappings, so a new route without
 * an entry fails the build) and for each kind of caller, what must happen: {@code OK}
 * (the page or action is served, or redirects somewhere other than sign-in), {@code NO}
 * (refused: 403, or 404 for a record out of reach — ADR 001) or {@code LOGIN} (sent to
 * sign in). Every route is then called as every caller with real ids of the demo person
 * Jamie Brooks (North Housing First, keyworker {@code worker}, linked to {@code peer},
 * the person behind {@code serviceuser}). Each call runs in a transaction that is rolled
 * back, so allowed changes leave nothing behind.
 */
@KeyworkTest
class AccessMatrixTests {

	enum Outcome {

		OK, NO, LOGIN

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	MappedRoutes routes;

	@BeforeEach
	void realIdsAndCallers() {
		this.routes = new MappedRoutes(this.mappings, this.jdbc);
		this.routes.createMissingCallers();
	}

	@Test
	void everyMappedRouteHasAnEntryAndEveryEntryIsMapped() {
		Set<String> mapped = this.routes.routes();
		assertThat(mapped).as("routes without an entry in the access matrix").isSubsetOf(AccessMatrix.routes());
		assertThat(AccessMatrix.routes()).as("entries for routes that no longer exist").isSubsetOf(mapped);
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAsEveryCaller() {
		return this.routes.routes()
			.stream()
			.filter(AccessMatrix.routes()::contains)
			.map(route -> DynamicTest.dynamicTest(route, () -> {
				SoftAssertions softly = new SoftAssertions();
				for (Caller caller : Caller.values()) {
					Outcome expected = expected(route, caller);
					MockHttpServletResponse response = call(route, caller);
					softly.assertThat(outcome(response))
						.as("%s as %s (status %d, redirect %s)", route, caller, response.getStatus(),
								response.getRedirectedUrl())
						.isEqualTo(expected);
				}
				softly.assertAll();
			}));
	}

	private Outcome expected(String route, Caller caller) {
		if (caller == Caller.ANONYMOUS) {
			return AccessMatrix.allowedCallers(route).contains(Caller.ANONYMOUS) ? Outcome.OK : Outcome.LOGIN;
		}
		return AccessMatrix.allowedCallers(route).contains(caller) ? Outcome.OK : Outcome.NO;
	}

	private MockHttpServletResponse call(String route, Caller caller) {
		String method = MappedRoutes.method(route);
		String path = this.routes.realPath(route);
		TransactionTemplate rollback = new TransactionTemplate(this.transactions);
		return rollback.execute(status -> {
			status.setRollbackOnly();
			try {
				MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
				if (method.equals("POST")) {
					// the parameters some actions require, so that what is tested is who
					// may call them
					request = request.with(csrf()).param("version", "0").param("status", "DONE");
				}
				if (caller.username != null) {
					request = request.with(this.users.as(caller.username));
				}
				return this.mvc.perform(request).andReturn().getResponse();
			}
			catch (Exception ex) {
				throw new IllegalStateException(route + " as " + caller, ex);
			}
		});
	}

	private static Outcome outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		if (status == 302 && redirect != null && redirect.startsWith("/login")) {
			return Outcome.LOGIN;
		}
		if (status == 403 || status == 404) {
			return Outcome.NO;
		}
		return status < 500 ? Outcome.OK : null;
	}

}
