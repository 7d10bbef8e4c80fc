package org.keywork.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.persistence.EntityManager;
import org.keywork.TestUsers;
import org.keywork.security.AccessMatrix.Caller;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * How {@link MalformedRequestTests} and {@link MalformedRequestCasesTests} call a route
 * with bad input: as a caller the access matrix allows, in a transaction that is flushed
 * (a value the database would refuse at commit shows up) and rolled back, keeping the
 * answer and every line logged meanwhile ({@link BadInputCall}).
 */
final class BadInputCalls {

	/** Who calls a route: the first of these the access matrix allows. */
	static final List<Caller> PREFERRED_CALLERS = List.of(Caller.ANONYMOUS, Caller.WORKER_OF_TEAM,
			Caller.MANAGER_OF_TEAM, Caller.ADMIN, Caller.THE_PERSON, Caller.LINKED_PEER, Caller.MANAGER_OF_OTHER_TEAM);

	/**
	 * Routes about the caller's own things (a passkey): the access matrix's ids are
	 * nobody's, so it lets no caller reach them; any signed-in caller tries them here.
	 */
	static final Set<String> OWN_THINGS = Set.of("GET /account/passkeys/{id}/rename",
			"POST /account/passkeys/{id}/rename", "GET /account/passkeys/{id}/remove",
			"POST /account/passkeys/{id}/remove");

	private final MockMvc mvc;

	private final TestUsers users;

	private final PlatformTransactionManager transactions;

	private final EntityManager entityManager;

	BadInputCalls(MockMvc mvc, TestUsers users, PlatformTransactionManager transactions, EntityManager entityManager) {
		this.mvc = mvc;
		this.users = users;
		this.transactions = transactions;
		this.entityManager = entityManager;
	}

	static Map<String, List<String>> params(String... namesAndValues) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
		}
		return params;
	}

	BadInputCall call(String route, String path, Map<String, List<String>> params) {
		return call(route, path, params, result -> {
		});
	}

	/**
	 * Calls a route as a caller the access matrix allows; {@code check} runs before the
	 * rollback.
	 */
	BadInputCall call(String route, String path, Map<String, List<String>> params, Consumer<MvcResult> check) {
		Caller caller = OWN_THINGS.contains(route) ? Caller.WORKER_OF_TEAM
				: PREFERRED_CALLERS.stream()
					.filter(AccessMatrix.allowedCallers(route)::contains)
					.findFirst()
					.orElseThrow(() -> new AssertionError("no caller in the access matrix may call " + route));
		return call(caller, MappedRoutes.method(route), path, params, check);
	}

	BadInputCall call(Caller caller, String method, String path, Map<String, List<String>> params,
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
