package org.keywork.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;
import org.keywork.security.AccessMatrix.Caller;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keywork.security.BadInputCalls.params;

/**
 * The rules for bad input (ADR 001, "Bad input"), case by case, where
 * {@link MalformedRequestTests}' sweep of every route only proves that nothing breaks:
 * what the person typed is shown again with the error, a stale button is a conflict, an
 * unreadable id is the page not found, garbage at sign-in is a wrong password.
 */
@KeyworkTest
class MalformedRequestCasesTests {

	/**
	 * Personal-looking text put in text fields, which must never reach a WARN or ERROR
	 * log line.
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

	MappedRoutes routes;

	BadInputCalls calls;

	@BeforeEach
	void routesAndCallers() {
		this.routes = new MappedRoutes(this.mappings, this.jdbc);
		this.routes.createMissingCallers();
		this.calls = new BadInputCalls(this.mvc, this.users, this.transactions, this.entityManager);
	}

	@Test
	void anImpossibleDateIsShownAgainWithWhatWasTyped() {
		BadInputCall call = this.calls.call("POST /service-users", "/service-users",
				north("legalName", MARKER, "dateOfBirth", "2026-02-30", "supportStart", "soon"));
		call.assertSafe();
		assertThat(call.status()).isEqualTo(200);
		// each date says which it is
		assertThat(call.body()).contains("govuk-error-summary", text("typeMismatch.dateOfBirth"),
				text("typeMismatch.supportStart"), "value=\"" + MARKER + "\"", "value=\"2026-02-30\"",
				"value=\"soon\"");
	}

	@Test
	void aNumberThatIsNotOneIsShownAgainWithTheNoteKept() {
		String route = "POST /service-users/{id}/contact-notes";
		BadInputCall call = this.calls.call(route, this.routes.realPath(route), params("contactAt", "2026-01-05T10:00",
				"type", "HOME_VISIT", "durationMinutes", "an hour", "note", MARKER + " was in good spirits."));
		call.assertSafe();
		assertThat(call.status()).isEqualTo(200);
		// the length's own words: a number of minutes in its range
		assertThat(call.body()).contains("govuk-error-summary", text("typeMismatch.durationMinutes"),
				MARKER + " was in good spirits.", "value=\"an hour\"");
	}

	@Test
	void aNulCharacterIsDroppedAndTheRestIsSaved() {
		BadInputCall call = this.calls.call("POST /service-users", "/service-users",
				north("legalName", "Robin\u0000 Quill-Marrow", "supportStart", "2026-01-05", "notADuplicate", "true"),
				result -> assertThat(this.jdbc.sql("select legal_name from service_user where id = ?")
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
		BadInputCall call = this.calls.call(route, this.routes.realPath(route), params("password", "é".repeat(37)));
		call.assertSafe();
		assertThat(call.status()).isEqualTo(200);
		assertThat(call.body()).contains(text("password.tooLong"));
	}

	@Test
	void aButtonPressedOnAnOlderVersionIsAConflict() {
		String route = "POST /service-users/{id}/{kind}/review";
		BadInputCall call = this.calls.call(route, this.routes.realPath(route), params("version", "-1"));
		call.assertSafe();
		assertThat(call.status()).isEqualTo(409);
		assertThat(call.body()).contains(text("error.409.title"));
	}

	@Test
	void anElementFarPastTheEndOfAListIsABadRequest() {
		BadInputCall call = this.calls.call("POST /team/callover/reassign", "/team/callover/reassign",
				params("personIds[99999]", "1", "reason", MARKER));
		call.assertSafe();
		assertThat(call.status()).isEqualTo(400);
		assertThat(call.body()).contains(text("error.400.title"));
	}

	@Test
	void anUnreadableIdInTheAddressIsThePageNotFound() {
		BadInputCall call = this.calls.call("GET /service-users/{id}", "/service-users/99999999999999999999", Map.of());
		call.assertSafe();
		assertThat(call.status()).isEqualTo(404);
		assertThat(call.body()).contains(text("error.404.title"));
	}

	@Test
	void aPageFarPastTheEndIsEmptyNotAnError() {
		BadInputCall call = this.calls.call("GET /service-users", "/service-users", params("page", "2147483647"));
		call.assertSafe();
		assertThat(call.status()).isEqualTo(200);
		assertThat(call.pages()).isNotEmpty().allSatisfy(page -> assertThat(page.getContent()).isEmpty());
	}

	@Test
	void signingInWithGarbageIsRefusedLikeAWrongPassword() {
		BadInputCall call = this.calls.call(Caller.ANONYMOUS, "POST", "/login",
				params("username", MARKER + "\u0000" + "x".repeat(5000), "password", "é".repeat(500)), result -> {
				});
		call.assertSafe();
		assertThat(call.status()).isEqualTo(302);
		assertThat(call.body()).isEmpty();
	}

	private Map<String, List<String>> north(String... fieldsAndValues) {
		long north = this.ids.north();
		long worker = this.ids.account("worker");
		Map<String, List<String>> params = params("teamId", String.valueOf(north), "status", "ACTIVE", "keyworkerId",
				String.valueOf(worker));
		params.putAll(params(fieldsAndValues));
		return params;
	}

	private String text(String code) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(code, null, Locale.UK));
	}

	private static long idIn(String location) {
		assertThat(location).as("the redirect to the new record").isNotNull();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
