package org.keywork.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input, route by route: every mapped route (the same enumeration as
 * {@link AccessMatrixTests}) is called as a caller the access matrix allows, with ids in
 * the address that are malformed or do not exist, with garbage in the query string, and
 * (for POSTs) with an empty form and with garbage in every field the form object has.
 * Whatever comes in, the answer is never a server error and never shows a stack trace or
 * framework text, nothing is logged at WARN or ERROR, and nothing that was typed reaches
 * a log line at all. The rules (ADR 001, "Bad input"):
 * <ul>
 * <li>a path variable that is malformed, out of range or names no record in reach: 404,
 * like any unknown record;</li>
 * <li>a query parameter that cannot be read as its type (an unknown status, a date that
 * does not exist, a number that is not one): 400; a readable one out of range (page -1,
 * page past the end, an enormous page size) is brought into range and the page is
 * served;</li>
 * <li>a form with values that cannot be read or break a rule: the form again, with an
 * error summary and the person's input kept; a missing or unreadable value no person
 * types (a hidden version, a button's value): 400.</li>
 * </ul>
 * Every call runs in a transaction that is rolled back (and is flushed first, so a value
 * the database would refuse at commit shows up here).
 */
@KeyworkTest
class MalformedRequestTests {

	/** Malformed, out-of-range and unknown values for a path variable. */
	private static final List<String> BAD_PATH_VALUES = List.of("abc", "-1", "0", "999999999", "9223372036854775807",
			"99999999999999999999", "1.5", " ");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Value("${spring.data.web.pageable.max-page-size}")
	int maxPageSize;

	MappedRoutes routes;

	BadInputCalls calls;

	@BeforeEach
	void routesAndCallers() {
		this.routes = new MappedRoutes(this.mappings, this.jdbc);
		this.routes.createMissingCallers();
		this.calls = new BadInputCalls(this.mvc, this.users, this.transactions, this.entityManager);
	}

	@TestFactory
	Stream<DynamicTest> aMalformedOrUnknownIdInTheAddressIsNotFound() {
		return this.routes.handlers()
			.keySet()
			.stream()
			.filter(route -> !MappedRoutes.variables(route).isEmpty())
			.map(route -> DynamicTest.dynamicTest(route, () -> {
				SoftAssertions softly = new SoftAssertions();
				for (String variable : MappedRoutes.variables(route)) {
					for (String bad : BAD_PATH_VALUES) {
						Map<String, String> values = this.routes.realValues(route);
						values.put(variable, bad);
						Map<String, List<String>> params = new LinkedHashMap<>();
						if (MappedRoutes.method(route).equals("POST")) {
							// what the route's buttons send, so that what decides the
							// answer is the address
							params.put("version", List.of("0"));
							params.put("status", List.of("DONE"));
						}
						BadInputCall call = this.calls.call(route, MappedRoutes.expand(route, values), params);
						call.assertSafe(softly);
						softly.assertThat(call.status()).as("%s {%s}=%s", route, variable, bad).isEqualTo(404);
					}
				}
				softly.assertAll();
			}));
	}

	@TestFactory
	Stream<DynamicTest> anUnreadableQueryParameterIsABadRequestAndAnOutOfRangeOneIsBroughtIntoRange() {
		return this.routes.handlers()
			.entrySet()
			.stream()
			.filter(entry -> MappedRoutes.method(entry.getKey()).equals("GET"))
			.map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
				String route = entry.getKey();
				String path = this.routes.realPath(route);
				SoftAssertions softly = new SoftAssertions();
				Map<String, Class<?>> declared = BadInput.fields(entry.getValue(), false);
				Map<String, Class<?>> fields = new LinkedHashMap<>(declared);
				fields.putIfAbsent("page", int.class);
				for (Map.Entry<String, Class<?>> field : fields.entrySet()) {
					for (String bad : BadInput.badQueryValues(field.getValue())) {
						BadInputCall call = this.calls.call(route, path, Map.of(field.getKey(), List.of(bad)));
						call.assertSafe(softly);
						String what = "%s?%s=%s".formatted(route, field.getKey(), bad);
						if (BadInputCalls.OWN_THINGS.contains(route)) {
							// no real id of the caller's own here: never a server error
							// (assertSafe), otherwise the id's 404
							softly.assertThat(call.status()).as(what).isEqualTo(404);
						}
						else if (!declared.containsKey(field.getKey())) {
							softly.assertThat(call.status())
								.as("%s, which the page does not read", what)
								.isLessThan(400);
						}
						else if (bad.trim().isEmpty() && !bad.isEmpty()) {
							// control characters alone: read as no value, or refused;
							// either is fine
							softly.assertThat(call.status()).as(what).isIn(200, 400);
						}
						else if (BadInput.unreadable(field.getValue(), bad)) {
							softly.assertThat(call.status()).as(what).isEqualTo(400);
						}
						else {
							// served; or, for an id naming nothing in reach (?team=-1),
							// not found
							softly.assertThat(call.status()).as(what).isNotEqualTo(400).isLessThan(500);
						}
					}
				}
				BadInputCall huge = this.calls.call(route, path,
						Map.of("size", List.of("100000"), "sort", List.of("nonsense,desc")));
				huge.assertSafe(softly);
				if (!BadInputCalls.OWN_THINGS.contains(route)) {
					softly.assertThat(huge.status()).as("%s?size=100000&sort=nonsense", route).isLessThan(400);
				}
				huge.pages()
					.forEach(page -> softly.assertThat(page.getSize())
						.as("page size of %s?size=100000", route)
						.isLessThanOrEqualTo(this.maxPageSize));
				softly.assertAll();
			}));
	}

	@TestFactory
	Stream<DynamicTest> anEmptyOrGarbageFormIsShownAgainOrRefusedNeverAServerError() {
		return this.routes.handlers()
			.entrySet()
			.stream()
			.filter(entry -> MappedRoutes.method(entry.getKey()).equals("POST"))
			.map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
				String route = entry.getKey();
				String path = this.routes.realPath(route);
				SoftAssertions softly = new SoftAssertions();
				Map<String, Class<?>> fields = BadInput.fields(entry.getValue(), true);
				BadInputCall empty = this.calls.call(route, path, Map.of());
				empty.assertSafe(softly);
				if (empty.status() == 200) {
					softly.assertThat(empty.body())
						.as("%s with nothing filled in: the form again, with an error summary", route)
						.contains("govuk-error-summary");
				}
				for (BadInput.Garbage garbage : BadInput.Garbage.values()) {
					Map<String, List<String>> params = new LinkedHashMap<>();
					fields.forEach((name, type) -> {
						String value = garbage.value(type);
						if (value != null) {
							params.put(garbage.name(name, type), List.of(value));
						}
					});
					BadInputCall call = this.calls.call(route, path, params);
					call.assertSafe(softly);
					if (call.status() == 200) {
						softly.assertThat(call.body())
							.as("%s with %s values: the form again, with an error summary", route, garbage)
							.contains("govuk-error-summary");
					}
				}
				softly.assertAll();
			}));
	}

}
