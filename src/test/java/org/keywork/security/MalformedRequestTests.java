package org.keywork.security;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.persistence.EntityManager;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;
import org.keywork.security.AccessMatrix.Caller;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

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

	/** Who calls a route: the first of these the access matrix allows. */
	private static final List<Caller> PREFERRED_CALLERS = List.of(Caller.ANONYMOUS, Caller.WORKER_OF_TEAM,
			Caller.MANAGER_OF_TEAM, Caller.ADMIN, Caller.THE_PERSON, Caller.LINKED_PEER, Caller.MANAGER_OF_OTHER_TEAM);

	/**
	 * Routes about the caller's own things (a passkey): the access matrix's ids are
	 * nobody's, so it lets no caller reach them; any signed-in caller tries them here.
	 */
	private static final Set<String> OWN_THINGS = Set.of("GET /account/passkeys/{id}/rename",
			"POST /account/passkeys/{id}/rename", "GET /account/passkeys/{id}/remove",
			"POST /account/passkeys/{id}/remove");

	/** Malformed, out-of-range and unknown values for a path variable. */
	private static final List<String> BAD_PATH_VALUES = List.of("abc", "-1", "0", "999999999", "9223372036854775807",
			"99999999999999999999", "1.5", " ");

	/**
	 * Personal-looking text put in every text field, which must never reach a WARN or
	 * ERROR log line.
	 */
	static final String MARKER = BadInput.MARKER;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MessageSource messages;

	@Value("${spring.data.web.pageable.max-page-size}")
	int maxPageSize;

	MappedRoutes routes;

	@BeforeEach
	void routesAndCallers() {
		this.routes = new MappedRoutes(this.mappings, this.jdbc);
		this.routes.createMissingCallers();
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
						BadInputCall call = call(route, MappedRoutes.expand(route, values), params);
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
						BadInputCall call = call(route, path, Map.of(field.getKey(), List.of(bad)));
						call.assertSafe(softly);
						String what = "%s?%s=%s".formatted(route, field.getKey(), bad);
						if (OWN_THINGS.contains(route)) {
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
				BadInputCall huge = call(route, path,
						Map.of("size", List.of("100000"), "sort", List.of("nonsense,desc")));
				huge.assertSafe(softly);
				if (!OWN_THINGS.contains(route)) {
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
				BadInputCall empty = call(route, path, Map.of());
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
					BadInputCall call = call(route, path, params);
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

	/** The rules, case by case, where the sweep above only proves that nothing breaks. */
	@Nested
	class Cases {

		@Test
		void anImpossibleDateIsShownAgainWithWhatWasTyped() {
			BadInputCall call = call("POST /service-users", "/service-users",
					north("legalName", MARKER, "dateOfBirth", "2026-02-30", "supportStart", "soon"));
			call.assertSafe();
			assertThat(call.status()).isEqualTo(200);
			assertThat(call.body()).contains("govuk-error-summary", text("typeMismatch.java.time.LocalDate"),
					"value=\"" + MARKER + "\"", "value=\"2026-02-30\"", "value=\"soon\"");
		}

		@Test
		void aNumberThatIsNotOneIsShownAgainWithTheNoteKept() {
			String route = "POST /service-users/{id}/contact-notes";
			BadInputCall call = call(route, routes.realPath(route), params("contactAt", "2026-01-05T10:00", "type",
					"HOME_VISIT", "durationMinutes", "an hour", "note", MARKER + " was in good spirits."));
			call.assertSafe();
			assertThat(call.status()).isEqualTo(200);
			assertThat(call.body()).contains("govuk-error-summary", text("typeMismatch.java.lang.Integer"),
					MARKER + " was in good spirits.", "value=\"an hour\"");
		}

		@Test
		void aNulCharacterIsDroppedAndTheRestIsSaved() {
			BadInputCall call = call("POST /service-users", "/service-users",
					north("legalName", "Robin\u0000 Quill-Marrow", "supportStart", "2026-01-05", "notADuplicate",
							"true"),
					result -> assertThat(jdbc.sql("select legal_name from service_user where id = ?")
						.param(idIn(result.getResponse().getRedirectedUrl()))
						.query(String.class)
						.single()).isEqualTo("Robin Quill-Marrow"));
			call.assertSafe();
			assertThat(call.status()).isEqualTo(302);
		}

		@Test
		void aPasswordTooLongToHashIsRefusedWithAMessage() {
			String route = "POST /admin/accounts/{id}/password";
			// 37 characters, 74 bytes: BCrypt reads 72 at most
			BadInputCall call = call(route, routes.realPath(route), params("password", "é".repeat(37)));
			call.assertSafe();
			assertThat(call.status()).isEqualTo(200);
			assertThat(call.body()).contains(text("password.tooLong"));
		}

		@Test
		void aButtonPressedOnAnOlderVersionIsAConflict() {
			String route = "POST /service-users/{id}/{kind}/review";
			BadInputCall call = call(route, routes.realPath(route), params("version", "-1"));
			call.assertSafe();
			assertThat(call.status()).isEqualTo(409);
			assertThat(call.body()).contains(text("error.409.title"));
		}

		@Test
		void anElementFarPastTheEndOfAListIsABadRequest() {
			BadInputCall call = call("POST /team/callover/reassign", "/team/callover/reassign",
					params("personIds[99999]", "1", "reason", MARKER));
			call.assertSafe();
			assertThat(call.status()).isEqualTo(400);
			assertThat(call.body()).contains(text("error.400.title"));
		}

		@Test
		void anUnreadableIdInTheAddressIsThePageNotFound() {
			BadInputCall call = call("GET /service-users/{id}", "/service-users/99999999999999999999", Map.of());
			call.assertSafe();
			assertThat(call.status()).isEqualTo(404);
			assertThat(call.body()).contains(text("error.404.title"));
		}

		@Test
		void aPageFarPastTheEndIsEmptyNotAnError() {
			BadInputCall call = call("GET /service-users", "/service-users", params("page", "2147483647"));
			call.assertSafe();
			assertThat(call.status()).isEqualTo(200);
			assertThat(call.pages()).isNotEmpty().allSatisfy(page -> assertThat(page.getContent()).isEmpty());
		}

		@Test
		void signingInWithGarbageIsRefusedLikeAWrongPassword() {
			BadInputCall call = call(Caller.ANONYMOUS, "POST", "/login",
					params("username", MARKER + "\u0000" + "x".repeat(5000), "password", "é".repeat(500)), result -> {
					});
			call.assertSafe();
			assertThat(call.status()).isEqualTo(302);
			assertThat(call.body()).isEmpty();
		}

		private Map<String, List<String>> north(String... fieldsAndValues) {
			long north = ids.north();
			long worker = ids.account("worker");
			Map<String, List<String>> params = params("teamId", String.valueOf(north), "status", "ACTIVE",
					"keyworkerId", String.valueOf(worker));
			params.putAll(params(fieldsAndValues));
			return params;
		}

	}

	private String text(String code) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(code, null, Locale.UK));
	}

	private static Map<String, List<String>> params(String... namesAndValues) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
		}
		return params;
	}

	private static long idIn(String location) {
		assertThat(location).as("the redirect to the new record").isNotNull();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private BadInputCall call(String route, String path, Map<String, List<String>> params) {
		return call(route, path, params, result -> {
		});
	}

	/**
	 * Calls a route as a caller the access matrix allows; {@code check} runs before the
	 * rollback.
	 */
	private BadInputCall call(String route, String path, Map<String, List<String>> params, Consumer<MvcResult> check) {
		Caller caller = OWN_THINGS.contains(route) ? Caller.WORKER_OF_TEAM
				: PREFERRED_CALLERS.stream()
					.filter(AccessMatrix.allowedCallers(route)::contains)
					.findFirst()
					.orElseThrow(() -> new AssertionError("no caller in the access matrix may call " + route));
		return call(caller, MappedRoutes.method(route), path, params, check);
	}

	private BadInputCall call(Caller caller, String method, String path, Map<String, List<String>> params,
			Consumer<MvcResult> check) {
		ListAppender<ILoggingEvent> logs = new ListAppender<>();
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		logs.start();
		root.addAppender(logs);
		try {
			return new TransactionTemplate(this.transactions).execute(status -> {
				status.setRollbackOnly();
				MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
				params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
				if (method.equals("POST")) {
					request.with(csrf());
				}
				if (caller.username != null) {
					request.with(this.users.as(caller.username));
				}
				String what = method + " " + path + " as " + caller + " " + abbreviate(params);
				try {
					MvcResult result = this.mvc.perform(request).andReturn();
					// what a commit would write, written now: a value the database
					// refuses is a 500 in real life
					this.entityManager.flush();
					check.accept(result);
					return new BadInputCall(what, result.getResponse().getStatus(),
							result.getResponse().getContentAsString(), result.getModelAndView(), null, logs.list);
				}
				catch (Exception ex) {
					return new BadInputCall(what, 500, "", null, ex, logs.list);
				}
			});
		}
		finally {
			root.detachAppender(logs);
		}
	}

	private static String abbreviate(Map<String, List<String>> params) {
		String text = params.toString();
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

}
