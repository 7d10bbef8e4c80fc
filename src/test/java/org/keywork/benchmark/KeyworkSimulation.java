package org.keywork.benchmark;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The load benchmark: a realistic mix of Keywork's busiest pages, one role after another,
 * against a running Keywork with the demo accounts. Not a test: compiled and run only by
 * the Maven profile {@code benchmark} ({@code bin/benchmark}, docs/performance.md).
 *
 * <p>
 * Each virtual user signs in once (the demo locks a username after repeated failures, and
 * a real worker keeps their session) and then repeats its round of pages with no pause
 * for the scenario's duration, like wrk's connections. Every request is named after its
 * page, so Gatling's report gives throughput and p50/p95/p99 per page.
 *
 * <p>
 * System properties: {@code keywork.url} (http://localhost:8080), {@code keywork.users}
 * (10 concurrent per scenario), {@code keywork.duration} (20 seconds per scenario),
 * {@code keywork.password} (the demo password), {@code keywork.scenarios} (comma
 * separated, default {@code worker,manager,peer,serviceuser}; {@code caseload},
 * {@code person}, {@code search} and {@code dashboard} measure one page alone),
 * {@code keywork.accounts}: {@code demo} (default: every virtual user of a role signs in
 * as the same demo account) or {@code generated} (the data generator's accounts, one per
 * virtual user: {@code gen-worker-1..N}, {@code gen-manager-1..N}, {@code gen-peer-1..N},
 * and {@code gen-person-3}, with the generated password unless {@code keywork.password}
 * is given), so each worker has their own caseload of 15 to 30 and each manager a team of
 * 200 to 600.
 */
public class KeyworkSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("keywork.url", "http://localhost:8080");

	static final int USERS = Integer.getInteger("keywork.users", 10);

	static final Duration DURATION = Duration.ofSeconds(Long.getLong("keywork.duration", 20L));

	static final boolean GENERATED = "generated".equals(System.getProperty("keywork.accounts", "demo"));

	static final String PASSWORD = System.getProperty("keywork.password",
			GENERATED ? "keywork-generated-2026" : "keywork-demo-2026");

	static final List<String> SCENARIOS = List
		.of(System.getProperty("keywork.scenarios", "worker,manager,peer,serviceuser").split(","));

	/** Searches a worker types: a few letters, a first name, a surname. */
	static final List<String> SEARCHES = List.of("a", "jam", "brooks", "smith", "lee", "ma");

	static final String PERSON_LINK = "href=\"/service-users/(\\d+)\"";

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("en-GB")
		.userAgentHeader("keywork-benchmark");

	/**
	 * The account a virtual user of a role signs in as: the demo account, or with
	 * generated accounts a different one per virtual user (numbered from 1 in the order
	 * they start).
	 */
	static Iterator<Map<String, Object>> accounts(String demo, String generated) {
		AtomicInteger next = new AtomicInteger();
		return Stream.generate(() -> Map.<String, Object>of("username",
				GENERATED ? generated.replace("{n}", Integer.toString(next.incrementAndGet())) : demo))
			.iterator();
	}

	/**
	 * GET /login, the hidden _csrf input, POST /login: once per virtual user, as the next
	 * account of the role.
	 */
	static ChainBuilder signIn(String demo, String generated) {
		return feed(accounts(demo, generated))
			.exec(http("sign-in form").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				// signed in: the page after the redirects has the sign-out form
				.check(status().is(200), css("form[action='/logout']").exists()))
			.exitHereIfFailed();
	}

	/** Picks one of the people saved as {@code people} for this round. */
	static Session pickPerson(Session session) {
		List<String> people = session.getList("people");
		String id = people.get(ThreadLocalRandom.current().nextInt(people.size()));
		String q = SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size()));
		return session.set("id", id).set("q", q);
	}

	static ChainBuilder recordNote() {
		return exec(http("contact note form").get("/service-users/#{id}/contact-notes/new")
			.check(status().is(200), form("form[data-draft-form]").saveAs("noteForm")))
			.exec(http("record a contact note").post("/service-users/#{id}/contact-notes")
				.form("#{noteForm}")
				.formParam("type", "PHONE_CALL")
				.formParam("note", "Benchmark: a short phone call to check in.")
				.check(status().is(200), css(".govuk-error-summary").notExists()));
	}

	/**
	 * A keyworker's round: caseload, a person, their timeline and plan, a search, now and
	 * then a note.
	 */
	ScenarioBuilder worker = scenario("worker").exec(signIn("worker", "gen-worker-{n}"))
		.exec(http("caseload").get("/caseload").check(regex(PERSON_LINK).findAll().saveAs("people")))
		.exitHereIfFailed()
		.during(DURATION)
		.on(exec(KeyworkSimulation::pickPerson).exec(http("caseload").get("/caseload"))
			.exec(http("person page").get("/service-users/#{id}"))
			.exec(http("timeline page 2").get("/service-users/#{id}?page=1"))
			.exec(http("timeline notes").get("/service-users/#{id}?kind=note"))
			.exec(http("support record (action plan)").get("/service-users/#{id}/action-plan"))
			.exec(http("search").get("/service-users?q=#{q}"))
			.exec(doIf(session -> ThreadLocalRandom.current().nextInt(4) == 0).then(recordNote())));

	/** A team manager's round: the team dashboard and the callover. */
	ScenarioBuilder manager = scenario("manager").exec(signIn("manager", "gen-manager-{n}"))
		.during(DURATION)
		.on(exec(http("team dashboard").get("/team")).exec(http("team callover").get("/team/callover")));

	/** A peer support worker: the people they are linked to, and one of them. */
	ScenarioBuilder peer = scenario("peer").exec(signIn("peer", "gen-peer-{n}"))
		.exec(http("peer: my people").get("/my-people").check(regex(PERSON_LINK).findAll().saveAs("people")))
		.exitHereIfFailed()
		.during(DURATION)
		.on(exec(KeyworkSimulation::pickPerson).exec(http("peer: my people").get("/my-people"))
			.exec(http("peer: person page").get("/service-users/#{id}")));

	/** The person themselves, in the portal. */
	ScenarioBuilder serviceUser = scenario("serviceuser").exec(signIn("serviceuser", "gen-person-3"))
		.during(DURATION)
		.on(exec(http("portal home").get("/my-support")));

	/*
	 * One page alone, as the issue measured them with wrk: every virtual user asks for
	 * the same kind of page again and again, so the page's req/s is its own throughput
	 * (in the rounds above, a worker's page shares the scenario with six others).
	 */

	/** A worker's caseload, alone. */
	ScenarioBuilder caseloadAlone = scenario("caseload alone").exec(signIn("worker", "gen-worker-{n}"))
		.during(DURATION)
		.on(exec(http("only: caseload").get("/caseload")));

	/** The person page of someone on the worker's caseload, alone. */
	ScenarioBuilder personAlone = scenario("person alone").exec(signIn("worker", "gen-worker-{n}"))
		.exec(http("caseload").get("/caseload").check(regex(PERSON_LINK).findAll().saveAs("people")))
		.exitHereIfFailed()
		.during(DURATION)
		.on(exec(KeyworkSimulation::pickPerson).exec(http("only: person page").get("/service-users/#{id}")));

	/** A search of the service-user list, alone. */
	ScenarioBuilder searchAlone = scenario("search alone").exec(signIn("worker", "gen-worker-{n}"))
		.during(DURATION)
		.on(exec(session -> session.set("q", SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size()))))
			.exec(http("only: search").get("/service-users?q=#{q}")));

	/** The team dashboard, alone. */
	ScenarioBuilder dashboardAlone = scenario("dashboard alone").exec(signIn("manager", "gen-manager-{n}"))
		.during(DURATION)
		.on(exec(http("only: team dashboard").get("/team")));

	ScenarioBuilder byName(String name) {
		return switch (name) {
			case "worker" -> this.worker;
			case "manager" -> this.manager;
			case "peer" -> this.peer;
			case "serviceuser" -> this.serviceUser;
			case "caseload" -> this.caseloadAlone;
			case "person" -> this.personAlone;
			case "search" -> this.searchAlone;
			case "dashboard" -> this.dashboardAlone;
			default -> throw new IllegalArgumentException("Unknown scenario " + name);
		};
	}

	{
		// one role after another: each scenario starts when the one before it has
		// finished
		PopulationBuilder chain = null;
		for (int i = SCENARIOS.size() - 1; i >= 0; i--) {
			PopulationBuilder population = byName(SCENARIOS.get(i).trim()).injectOpen(atOnceUsers(USERS));
			chain = (chain != null) ? population.andThen(chain) : population;
		}
		setUp(chain).protocols(this.protocol);
	}

}
