package org.keywork.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keywork.security.CanaryPlanting.Planted;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages {@link VisibilityCanaryTests} reads for the planted record: every GET route
 * of the app, expanded to Jamie's ids and to every planted note, reading, factor,
 * complaint, record kind and version, so that a canary has every page it could leak on.
 */
final class CanaryPaths {

	private static final Map<String, String> KIND_BY_SLUG = Map.of("support-overview", "OVERVIEW", "safety-plan",
			"SAFETY_PLAN", "action-plan", "ACTION_PLAN");

	private final JdbcClient jdbc;

	CanaryPaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every GET route with Jamie's real ids; routes with a record kind for all three
	 * kinds; with {@code {noteId}} also for every planted note; with {@code {number}} for
	 * every version of that kind; with {@code {factorId}} also for every planted factor.
	 * Plus the person's page filtered by each timeline kind.
	 */
	List<String> of(MappedRoutes routes, Planted planted) {
		Set<String> paths = new LinkedHashSet<>();
		for (String route : routes.routes()) {
			if (!MappedRoutes.method(route).equals("GET")) {
				continue;
			}
			List<String> variables = MappedRoutes.variables(route);
			List<Map<String, String>> combinations = List.of(routes.realValues(route));
			String pattern = MappedRoutes.pattern(route);
			if (variables.contains("kind")
					&& (pattern.startsWith("/service-users/") || pattern.startsWith("/my-support/"))) {
				combinations = vary(combinations, "kind", List.copyOf(KIND_BY_SLUG.keySet()));
			}
			if (variables.contains("noteId")) {
				combinations = vary(combinations, "noteId", planted.noteIds(), true);
			}
			if (variables.contains("readingId")) {
				combinations = vary(combinations, "readingId", planted.readingIds(), true);
			}
			if (variables.contains("factorId")) {
				combinations = vary(combinations, "factorId", planted.factorIds(), true);
			}
			if (variables.contains("complaintId")) {
				combinations = vary(combinations, "complaintId",
						this.jdbc.sql("select cast(id as varchar) from complaint where service_user_id = ? order by id")
							.param(planted.person())
							.query(String.class)
							.list(),
						true);
			}
			if (variables.contains("number")) {
				combinations = combinations.stream()
					.flatMap(values -> versionNumbers(planted.person(), values.get("kind")).stream().map(number -> {
						Map<String, String> with = new HashMap<>(values);
						with.put("number", number);
						return with;
					}))
					.toList();
			}
			combinations.forEach(values -> paths.add(MappedRoutes.expand(route, values)));
		}
		String person = "/service-users/" + planted.person();
		for (String kind : List.of("NOTE", "PLAN", "PERSON", "KEYWORKER", "OUTCOME", "CALLOVER", "COMPLAINT")) {
			paths.add(person + "?kind=" + kind);
		}
		// other tests add notes for Jamie too: the lists of notes are read a few pages
		// deep, so a planted note is
		// met wherever the ones written before it pushed it
		for (int page = 1; page <= 3; page++) {
			paths.add("/my-support/contact-notes?page=" + page);
			paths.add(person + "?kind=NOTE&page=" + page);
		}
		return List.copyOf(paths);
	}

	private static List<Map<String, String>> vary(List<Map<String, String>> combinations, String variable,
			List<String> values) {
		return vary(combinations, variable, values, false);
	}

	/**
	 * Each combination once per value (and once with its own value too, when
	 * {@code keep}).
	 */
	private static List<Map<String, String>> vary(List<Map<String, String>> combinations, String variable,
			List<String> values, boolean keep) {
		List<Map<String, String>> result = new ArrayList<>();
		for (Map<String, String> combination : combinations) {
			if (keep) {
				result.add(combination);
			}
			for (String value : values) {
				Map<String, String> with = new HashMap<>(combination);
				with.put(variable, value);
				result.add(with);
			}
		}
		return result;
	}

	private List<String> versionNumbers(long person, String slug) {
		return this.jdbc
			.sql("select version_number from support_record where service_user_id = ? and kind = ? "
					+ "order by version_number")
			.params(person, KIND_BY_SLUG.get(slug))
			.query(Integer.class)
			.list()
			.stream()
			.map(String::valueOf)
			.toList();
	}

}
