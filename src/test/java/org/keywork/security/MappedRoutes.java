package org.keywork.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application maps, read from Spring MVC's handler mappings as
 * {@code "METHOD /pattern"} (variable regexes removed), and real values for the path
 * variables: the records of the demo person Jamie Brooks (North Housing First, keyworker
 * {@code worker}, linked to {@code peer}, the person behind {@code serviceuser}). Shared
 * by the tests that call every route, so a new route is covered by all of them at once.
 */
final class MappedRoutes {

	/** Framework routes that are not the application's pages. */
	private static final Set<String> NOT_APPLICATION_ROUTES = Set.of("GET /error");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

	private final RequestMappingHandlerMapping mappings;

	private final JdbcClient jdbc;

	private Map<String, String> demoValues;

	MappedRoutes(RequestMappingHandlerMapping mappings, JdbcClient jdbc) {
		this.mappings = mappings;
		this.jdbc = jdbc;
	}

	/** Every application route, sorted, with the controller method that serves it. */
	Map<String, HandlerMethod> handlers() {
		Map<String, HandlerMethod> routes = new TreeMap<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String route : routesOf(info)) {
				if (!NOT_APPLICATION_ROUTES.contains(route)) {
					routes.put(route, handler);
				}
			}
		});
		return routes;
	}

	Set<String> routes() {
		return handlers().keySet();
	}

	static String method(String route) {
		return route.substring(0, route.indexOf(' '));
	}

	static String pattern(String route) {
		return route.substring(route.indexOf(' ') + 1);
	}

	/** The names of the path variables in a route, in order. */
	static List<String> variables(String route) {
		List<String> names = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(pattern(route));
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** The route's path with every variable replaced by the value given for it. */
	static String expand(String route, Map<String, String> values) {
		Matcher matcher = VARIABLE.matcher(pattern(route));
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			assertThat(value).as("a value for {%s} in %s", matcher.group(1), route).isNotNull();
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** The route's path with real demo values for its variables. */
	String realPath(String route) {
		return expand(route, realValues(route));
	}

	/**
	 * Real demo values for every path variable name a route may use; {id} depends on the
	 * section.
	 */
	Map<String, String> realValues(String route) {
		Map<String, String> values = new LinkedHashMap<>(demoValues());
		String pattern = pattern(route);
		if (pattern.startsWith("/admin/accounts/")) {
			values.put("id", String.valueOf(id("select id from account where username = 'jordan'")));
		}
		if (pattern.startsWith("/service-users/{id}/early-warning")) {
			// Peggy (the demo's open early warning, the first ever opened; renamed by
			// some
			// tests)
			values.put("id", String.valueOf(id("""
					select w.service_user_id from early_warning w join service_user s on s.id = w.service_user_id
					join team t on t.id = s.team_id
					where t.name = 'North Housing First' and w.closed_at is null order by w.id limit 1""")));
		}
		if (pattern.startsWith("/admin/teams/")) {
			values.put("id", String.valueOf(id("select id from team where name = 'North Housing First'")));
		}
		return values;
	}

	private Map<String, String> demoValues() {
		if (this.demoValues != null) {
			return this.demoValues;
		}
		long jamie = id("select id from service_user where legal_name = 'Jamie Brooks'");
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("id", String.valueOf(jamie));
		ids.put("noteId", String.valueOf(id("""
				select n.id from contact_note n join account a on a.id = n.author_id
				where n.service_user_id = %d and n.shared and not n.restricted and a.username = 'worker'
				order by n.id limit 1""".formatted(jamie))));
		ids.put("kind", "action-plan");
		ids.put("number", "1");
		ids.put("goalId", text("""
				select content->'goals'->0->>'id' from support_record where service_user_id = %d
				and kind = 'ACTION_PLAN' order by version_number desc limit 1""".formatted(jamie)));
		ids.put("stepId", text("""
				select content->'goals'->0->'steps'->0->>'id' from support_record where service_user_id = %d
				and kind = 'ACTION_PLAN' order by version_number desc limit 1""".formatted(jamie)));
		ids.put("factorId",
				text("""
						select f->>'id' from support_record r, jsonb_array_elements(r.content->'factors') f
						where r.service_user_id = %d and r.kind = 'SAFETY_PLAN' and not coalesce((f->>'withheld')::boolean, false)
						order by r.version_number desc limit 1"""
					.formatted(jamie)));
		ids.put("linkId", String.valueOf(id("""
				select l.id from peer_link l join account a on a.id = l.peer_id
				where l.service_user_id = %d and a.username = 'peer' and l.ended_at is null""".formatted(jamie))));
		ids.put("requestId", String.valueOf(id("""
				select r.id from keyworker_request r join team t on t.id = r.team_id
				where t.name = 'North Housing First' order by r.id limit 1""")));
		ids.put("correctionId", String.valueOf(id("""
				select id from details_correction where service_user_id = %d order by id limit 1""".formatted(jamie))));
		ids.put("readingId", String.valueOf(id("""
				select id from star_reading where service_user_id = %d and not withheld
				order by taken_on desc, id desc limit 1""".formatted(jamie))));
		ids.put("appointmentId", String.valueOf(id("""
				select id from appointment where service_user_id = %d and not withheld and status = 'BOOKED'
				  and starts_on >= current_date order by starts_on, starts_at, id limit 1""".formatted(jamie))));
		ids.put("measureId", String.valueOf(id("select id from star_measure where is_default")));
		ids.put("agencyId", String.valueOf(id("select min(id) from agency")));
		ids.put("landlordId", String.valueOf(id("select min(id) from landlord")));
		ids.put("table", "accommodation-now");
		ids.put("consentId", String.valueOf(id("""
				select id from share_consent where service_user_id = %d and withdrawn_on is null
				order by expires_on desc nulls first, id limit 1""".formatted(jamie))));
		ids.put("referralId", String.valueOf(id("""
				select id from referral where service_user_id = %d and not withheld order by id limit 1"""
			.formatted(jamie))));
		ids.put("meetingId", String.valueOf(id("""
				select m.id from callover_meeting m join team t on t.id = m.team_id
				where t.name = 'North Housing First' order by m.held_on, m.id limit 1""")));
		ids.put("decisionId", String.valueOf(id("""
				select id from callover_decision where service_user_id = %d and follow_up_by is not null
				order by id limit 1""".formatted(jamie))));
		// the demo group of North Housing First and its latest session
		ids.put("groupId",
				String.valueOf(id("select id from support_group where title = 'Cooking on a budget (demo)'")));
		ids.put("sessionId", String.valueOf(id("""
				select max(s.id) from group_session s join support_group g on g.id = s.group_id
				where g.title = 'Cooking on a budget (demo)'""")));
		ids.put("episodeId", String.valueOf(id("""
				select id from accommodation_episode where service_user_id = %d and not withheld
				order by ended_on desc nulls first, started_on desc, id desc limit 1""".formatted(jamie))));
		// an item of Jamie's moving-in checklist that is Jamie's to do and not yet done
		ids.put("itemId", String.valueOf(id("""
				select id from moving_in_item where service_user_id = %d and who = 'PERSON' and done_on is null
				order by position, id limit 1""".formatted(jamie))));
		ids.put("templateItemId", String.valueOf(id("select min(id) from moving_in_template_item")));
		ids.put("benefitId", String.valueOf(id("""
				select id from welfare_benefit where service_user_id = %d and not withheld order by id limit 1"""
			.formatted(jamie))));
		ids.put("step", "talk");
		// Jamie's open complaint (demo: from a neighbour, shared) and his team, for its
		// response target
		ids.put("complaintId", String.valueOf(id("""
				select id from complaint where service_user_id = %d and not withheld and closed_at is null
				order by id limit 1""".formatted(jamie))));
		ids.put("teamId", String.valueOf(id("select id from team where name = 'North Housing First'")));
		// Jamie's rent account: a hand entry not cancelled, and the imported statement
		ids.put("entryId",
				String.valueOf(
						id("""
								select min(id) from rent_entry where service_user_id = %d and source = 'HAND' and cancelled_at is null"""
							.formatted(jamie))));
		ids.put("importId", String.valueOf(id("""
				select min(id) from rent_import where service_user_id = %d""".formatted(jamie))));
		ids.put("list", "life-areas");
		ids.put("code", "MONEY");
		ids.put("approvalId", String.valueOf(id("""
				select min(p.id) from account_change_approval p join account a on a.id = p.requested_by
				where a.username = 'matrix-admin' and p.status = 'PENDING'""")));
		this.demoValues = ids;
		return ids;
	}

	/**
	 * The callers the demo data lacks: a peer in the team linked to nobody
	 * ({@code matrix-peer}) and a service user who is someone else
	 * ({@code matrix-person}, behind Ronald Pike).
	 */
	void createMissingCallers() {
		createIfMissing("matrix-peer", "PEER", null);
		createIfMissing("matrix-person", "SERVICE_USER",
				id("select id from service_user where legal_name = 'Ronald Pike'"));
		// a second administrator's change to their own role, waiting for approval
		createIfMissing("matrix-admin", "ADMIN", null);
		this.jdbc
			.sql("""
					insert into account_change_approval (account_id, role, team_ids, requested_by, requested_at)
					select a.id, 'MANAGER', array[t.id], a.id, now() from account a, team t
					where a.username = 'matrix-admin' and t.name = 'North Housing First'
					  and not exists (select 1 from account_change_approval p where p.account_id = a.id and p.status = 'PENDING')
					""")
			.update();
	}

	private static List<String> routesOf(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		List<String> names = methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList();
		List<String> routes = new ArrayList<>();
		for (String pattern : info.getPatternValues()) {
			String plain = VARIABLE.matcher(pattern).replaceAll(m -> "{" + m.group(1) + "}");
			names.forEach(method -> routes.add(method + " " + plain));
		}
		return routes;
	}

	private void createIfMissing(String username, String role, Long serviceUserId) {
		if (id("select count(*) from account where username = '" + username + "'") > 0) {
			return;
		}
		long account = this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role, service_user_id)
				values (?, ?, 'not-a-password', ?, ?) returning id
				""").params(username, username + " (test)", role, serviceUserId).query(Long.class).single();
		if (role.equals("PEER")) {
			this.jdbc.sql("insert into account_team (account_id, team_id) select ?, id from team where name = ?")
				.params(account, "North Housing First")
				.update();
		}
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private String text(String sql) {
		return this.jdbc.sql(sql).query(String.class).single();
	}

}
