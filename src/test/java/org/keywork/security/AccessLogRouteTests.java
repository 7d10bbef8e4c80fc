package org.keywork.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;
import org.keywork.audit.AccessLog;
import org.keywork.security.AccessMatrix.Caller;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The access log is complete (ADR 020), proven route by route as the access matrix is:
 * every GET route the application maps (read from Spring MVC's handler mappings, so a new
 * route is covered at once) is called as every caller the matrix allows, and every person
 * whose name the response shows must have a log row for that request. A route about one
 * person ({@code /service-users/{id}/**}, {@code /my-support/**},
 * {@code .../people/{id}}) must log that person whatever its body shows. Each call runs
 * in a transaction that is rolled back; the log rows, written in their own, remain.
 */
@KeyworkTest
class AccessLogRouteTests {

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
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	MappedRoutes routes;

	@BeforeEach
	void realIdsAndCallers() {
		this.routes = new MappedRoutes(this.mappings, this.jdbc);
		this.routes.createMissingCallers();
	}

	/** Routes about one person: the person their path names, or the person signed in. */
	static boolean isPersonRoute(String route) {
		String pattern = MappedRoutes.pattern(route);
		return pattern.startsWith("/service-users/{id}") || pattern.startsWith("/my-support")
				|| pattern.contains("/people/{id}");
	}

	/**
	 * The staff view of the log names each page of a person's record as a manager would
	 * ("Contact notes"), not by its route: every such route has its name in the bundle.
	 */
	@Test
	void everyPageOfAPersonsRecordHasANameInTheLog(@Autowired MessageSource messages) {
		List<String> unnamed = this.routes.routes()
			.stream()
			.filter(route -> MappedRoutes.method(route).equals("GET"))
			.map(MappedRoutes::pattern)
			.filter(pattern -> pattern.startsWith("/service-users/{id}")
					&& !pattern.startsWith("/service-users/{id}/{"))
			.filter(pattern -> {
				String key = new AccessLog.Entry(null, null, null, null, pattern).pageKey();
				return key == null || messages.getMessage(key, null, null, Locale.UK) == null;
			})
			.toList();
		assertThat(unnamed).isEmpty();
		for (String kind : List.of("support-overview", "safety-plan", "action-plan")) {
			assertThat(messages.getMessage("accessLog.page.record." + kind, null, null, Locale.UK)).isNotNull();
		}
		assertThat(new AccessLog.Entry(null, null, null, null, "/team/callovers/{meetingId}/people/{id}").pageKey())
			.isEqualTo("accessLog.page.list.team.callovers");
	}

	@TestFactory
	Stream<DynamicTest> everyResponseThatShowsAPersonLogsThem() {
		// each call is rolled back, so the people and their names are the same throughout
		List<PersonNames> names = names();
		return this.routes.routes()
			.stream()
			.filter(route -> MappedRoutes.method(route).equals("GET"))
			.map(route -> DynamicTest.dynamicTest(route, () -> {
				SoftAssertions softly = new SoftAssertions();
				long person = Long.parseLong(this.routes.realValues(route).get("id"));
				boolean reached = false;
				for (Caller caller : AccessMatrix.allowedCallers(route)) {
					if (caller.username == null) {
						continue;
					}
					long mark = lastLogId();
					Called called = call(route, caller, mark);
					MockHttpServletResponse response = called.response();
					if (response.getStatus() >= 300 && response.getStatus() < 400) {
						// a redirect shows nobody (a form not open in this state, an
						// import not yet mapped)
						reached = true;
						continue;
					}
					if (response.getStatus() < 200 || response.getStatus() >= 300) {
						continue;
					}
					reached = true;
					String body = response.getContentAsString(StandardCharsets.UTF_8);
					Set<String> words = words(body);
					Set<Long> shown = names.stream()
						.filter(candidate -> candidate.shownIn(body, words))
						.map(PersonNames::id)
						.collect(Collectors.toCollection(TreeSet::new));
					// a person signed in sees their own name in the page's header
					ownPerson(caller).ifPresent(shown::remove);
					Set<Long> logged = called.logged();
					// two people of the same name (a possible duplicate): the one on the
					// page, logged, also shows the other's name (a list cut between them)
					Set<String> loggedNames = names.stream()
						.filter(candidate -> logged.contains(candidate.id()))
						.map(PersonNames::legalName)
						.collect(Collectors.toSet());
					shown.removeIf(id -> names.stream()
						.anyMatch(candidate -> candidate.id() == id && loggedNames.contains(candidate.legalName())
								&& !candidate.referenceShownIn(body, words)));
					softly.assertThat(logged)
						.as("%s as %s: people shown (by name) that the access log lacks", route, caller)
						.containsAll(shown);
					if (isPersonRoute(route) && !MappedRoutes.pattern(route).startsWith("/my-support")) {
						softly.assertThat(logged)
							.as("%s as %s logs the person it is about", route, caller)
							.contains(person);
					}
					if (MappedRoutes.pattern(route).startsWith("/my-support")) {
						softly.assertThat(logged)
							.as("%s as %s logs the person themself", route, caller)
							.contains(this.ids.personOf(caller.username));
					}
				}
				if (isPersonRoute(route)) {
					softly.assertThat(reached).as("%s is served to someone the matrix allows", route).isTrue();
				}
				softly.assertAll();
			}));
	}

	private Optional<Long> ownPerson(Caller caller) {
		return this.jdbc.sql("select service_user_id from account where username = ?")
			.param(caller.username)
			.query(Long.class)
			.optional();
	}

	/**
	 * What names each person on a page: their legal name and their reference (as whole
	 * words), raw and HTML-escaped. Not the name they go by: other tests give people
	 * preferred names such as "First" that any page may contain; the lists that show only
	 * that name show the reference beside it.
	 */
	private List<PersonNames> names() {
		return this.jdbc.sql("select id, legal_name, reference from service_user").query((rs, i) -> {
			List<Name> names = new ArrayList<>();
			for (String name : new String[] { rs.getString("legal_name"), rs.getString("reference") }) {
				if (name != null && !name.isBlank()) {
					names.add(Name.of(name));
					names.add(Name.of(HtmlUtils.htmlEscape(name)));
				}
			}
			return new PersonNames(rs.getLong("id"), rs.getString("legal_name"), names);
		}).list();
	}

	/** The whole words of a text: its runs of word characters and hyphens. */
	static Set<String> words(String text) {
		return WORD_BREAK.splitAsStream(text).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
	}

	private static final Pattern WORD_BREAK = Pattern.compile("[^\\w-]+");

	/**
	 * A name as a whole word. Every word of a name that a text shows as a whole word is a
	 * whole word of that text, so a name whose words are not all among the text's is not
	 * in it, and only the rest are searched for (thousands of people, two hundred pages).
	 */
	record Name(Set<String> words, Pattern pattern) {

		static Name of(String text) {
			return new Name(AccessLogRouteTests.words(text),
					Pattern.compile("(?<![\\w-])" + Pattern.quote(text) + "(?![\\w-])"));
		}

		boolean shownIn(String body, Set<String> bodyWords) {
			return bodyWords.containsAll(this.words) && this.pattern.matcher(body).find();
		}

	}

	record PersonNames(long id, String legalName, List<Name> names) {

		boolean shownIn(String body, Set<String> bodyWords) {
			return this.names.stream().anyMatch(name -> name.shownIn(body, bodyWords));
		}

		/**
		 * Whether the page shows the person's reference (the names after the legal name's
		 * two).
		 */
		boolean referenceShownIn(String body, Set<String> bodyWords) {
			return this.names.stream().skip(2).anyMatch(name -> name.shownIn(body, bodyWords));
		}

	}

	private long lastLogId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
	}

	private Set<Long> loggedSince(long mark, String username) {
		return new TreeSet<>(this.jdbc.sql("""
				select l.service_user_id from access_log l join account a on a.id = l.account_id
				where l.id > ? and a.username = ?
				""").params(mark, username).query(Long.class).list());
	}

	/**
	 * The response, and who the access log has since the mark, read inside the request's
	 * own transaction before it is rolled back (the log is written in the page's
	 * transaction).
	 */
	private Called call(String route, Caller caller, long mark) {
		String path = this.routes.realPath(route);
		TransactionTemplate rollback = new TransactionTemplate(this.transactions);
		return rollback.execute(status -> {
			status.setRollbackOnly();
			try {
				MockHttpServletResponse response = this.mvc.perform(get(path).with(this.users.as(caller.username)))
					.andReturn()
					.getResponse();
				return new Called(response, loggedSince(mark, caller.username));
			}
			catch (Exception ex) {
				throw new IllegalStateException(route + " as " + caller, ex);
			}
		});
	}

	record Called(MockHttpServletResponse response, Set<Long> logged) {
	}

}
