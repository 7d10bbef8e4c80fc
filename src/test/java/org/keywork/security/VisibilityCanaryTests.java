package org.keywork.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;
import org.keywork.security.AccessMatrix.Caller;
import org.keywork.security.CanaryPlanting.Planted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The visibility rule (ADR 008) proven by canaries (issue 9). A unique string is planted
 * in every kind of content of Jamie Brooks' record that some reader must not see (a
 * restricted note, a withheld note, a staff-only detail, a withheld support record, a
 * version withheld when it was current, withheld factors, note versions from before a
 * restriction was lifted, the reasons for restricting and withholding, history lines) and
 * in content some reader must see. Then every GET route the application maps
 * ({@link MappedRoutes}), with Jamie's real ids and with the id of every planted note,
 * factor and version, is called as every reader; {@link #EXPECTED} says, canary by
 * reader, whether the reader must see it on at least one page or must never see it on any
 * page. One run lists every leak.
 * <p>
 * Planting ({@link CanaryPlanting}) is plain SQL in a transaction that is rolled back,
 * one transaction per reader (MockMvc runs in the test's thread, so the application reads
 * the planted rows).
 */
@KeyworkTest
class VisibilityCanaryTests {

	enum Expect {

		/** On at least one page. */
		MUST,
		/** On no page at all. */
		NEVER,
		/** Not checked: the rule allows it but no page has to show it. */
		ANY

	}

	/** Who calls: a username, or null for nobody signed in. */
	record Reader(String name, String username) {

		static Reader of(Caller caller) {
			return new Reader(caller.name(), caller.username);
		}

		@Override
		public String toString() {
			return this.name + (this.username == null ? "" : " (" + this.username + ")");
		}

	}

	/** The team's manager. */
	static final Reader MANAGER = Reader.of(Caller.MANAGER_OF_TEAM);

	/** Jamie's keyworker, who wrote every planted note. */
	static final Reader KEYWORKER = Reader.of(Caller.WORKER_OF_TEAM);

	/** A worker of the team who is not Jamie's keyworker. */
	static final Reader JORDAN = new Reader("TEAM_WORKER_NOT_KEYWORKER", "jordan");

	/**
	 * The linked peer, with the widest scope (OVERVIEW, so notes and the Support Overview
	 * too), set while planting.
	 */
	static final Reader PEER = Reader.of(Caller.LINKED_PEER);

	/**
	 * A second peer linked to Jamie with the narrowest scope (ACTION_PLAN): no notes, no
	 * Support Overview.
	 */
	static final Reader NARROW_PEER = new Reader("LINKED_PEER_ACTION_PLAN_SCOPE", CanaryPlanting.NARROW_PEER);

	/** Jamie, in the portal. */
	static final Reader PERSON = Reader.of(Caller.THE_PERSON);

	/** A peer of the team whose link to Jamie has ended. */
	static final Reader ENDED_PEER = new Reader("PEER_WHOSE_LINK_ENDED", CanaryPlanting.ENDED_PEER);

	/** The columns of {@link #EXPECTED}; every other reader must never see any canary. */
	private static final List<Reader> COLUMNS = List.of(MANAGER, KEYWORKER, JORDAN, PEER, NARROW_PEER, PERSON);

	private static final Expect M = Expect.MUST;

	private static final Expect N = Expect.NEVER;

	private static final Expect A = Expect.ANY;

	/**
	 * Canary by reader. Readers not in {@link #COLUMNS} (outsiders, the ended peer,
	 * anonymous): NEVER.
	 */
	private static final Map<Canary, Map<Reader, Expect>> EXPECTED = new EnumMap<>(Canary.class);

	static {
		// @formatter:off
		//                                          manager keyworker jordan peer narrowPeer person
		expect(Canary.SHARED_NOTE,                   M,      M,        M,     M,   N,         M);
		expect(Canary.STAFF_ONLY_DETAIL,             M,      M,        M,     N,   N,         N);
		expect(Canary.VERSION_STAFF_ONLY_DETAIL,     M,      M,        M,     N,   N,         N);
		expect(Canary.RESTRICTED_NOTE,               M,      M,        N,     N,   N,         M);
		expect(Canary.RESTRICTED_NOTE_LINK,          M,      M,        N,     N,   N,         A);
		expect(Canary.RESTRICTED_REASON,             M,      M,        N,     N,   N,         N);
		expect(Canary.WITHHELD_NOTE,                 M,      M,        M,     N,   N,         N);
		expect(Canary.WITHHELD_REASON,               M,      M,        M,     N,   N,         N);
		expect(Canary.WITHHELD_NOTE_LINK,            M,      M,        M,     N,   N,         N);
		expect(Canary.LIFTED_NOTE,                   M,      M,        M,     M,   N,         M);
		// the person may read a restricted, shared version by the rule, but the portal shows no earlier versions
		expect(Canary.RESTRICTED_VERSION,            M,      M,        N,     N,   N,         A);
		expect(Canary.VERSION_RESTRICTED_REASON,     M,      M,        N,     N,   N,         N);
		expect(Canary.WITHHELD_VERSION_NOTE,         M,      M,        M,     N,   N,         N);
		expect(Canary.WITHHELD_RECORD,               M,      M,        M,     N,   N,         N);
		expect(Canary.RECORD_WITHHELD_REASON,        M,      M,        M,     N,   N,         N);
		expect(Canary.HISTORY_WITHHELD_RECORD,       M,      M,        M,     N,   N,         N);
		expect(Canary.WITHHELD_WHEN_CURRENT_VERSION, M,      M,        M,     N,   N,         N);
		expect(Canary.HISTORY_WITHHELD_VERSION,      M,      M,        M,     N,   N,         N);
		expect(Canary.SHARED_FACTOR,                 M,      M,        M,     N,   N,         M);
		expect(Canary.STAFF_SAFETY_BANNER,           M,      M,        M,     M,   M,         M);
		expect(Canary.WITHHELD_FACTOR,               M,      M,        M,     N,   N,         N);
		expect(Canary.FACTOR_WITHHELD_REASON,        M,      M,        M,     N,   N,         N);
		expect(Canary.FACTOR_WITHHELD_LATER,         M,      M,        M,     N,   N,         N);
		expect(Canary.HISTORY_LINE,                  M,      M,        M,     N,   N,         N);
		expect(Canary.STAFF_NAME_IN_HISTORY,         M,      M,        M,     N,   N,         N);
		expect(Canary.CYCLE_SHARED_ISSUE,            M,      M,        M,     M,   N,         M);
		expect(Canary.CYCLE_WITHHELD_ISSUE,          M,      M,        M,     N,   N,         N);
		expect(Canary.CYCLE_WITHHELD_WORDS,          M,      M,        M,     N,   N,         N);
		expect(Canary.CYCLE_WITHHELD_REASON,         M,      M,        M,     N,   N,         N);
		// appointments: a peer sees shared ones when the link includes the notes (ADR 012's note on appointments)
		expect(Canary.APPOINTMENT_SHARED,            M,      M,        M,     M,   N,         M);
		expect(Canary.APPOINTMENT_WITHHELD,          M,      M,        M,     N,   N,         N);
		// star readings (ADR 012): a peer needs Overview scope; withheld ones are for the team's staff
		expect(Canary.STAR_SHARED_NOTE,              M,      M,        M,     M,   N,         M);
		expect(Canary.STAR_WITHHELD_NOTE,            M,      M,        M,     N,   N,         N);
		expect(Canary.STAR_WITHHELD_REASON,          M,      M,        M,     N,   N,         N);
		// outcome measures: a peer needs the Overview in their link (ADR 012)
		expect(Canary.SHARED_WELLBEING_READING,      M,      M,        M,     M,   N,         M);
		expect(Canary.WITHHELD_WELLBEING_READING,    M,      M,        M,     N,   N,         N);
		expect(Canary.WELLBEING_WITHHELD_REASON,     M,      M,        M,     N,   N,         N);
		// referrals: the team's staff and the person (shared ones); never a peer
		expect(Canary.SHARED_REFERRAL_REASON,        M,      M,        M,     N,   N,         M);
		expect(Canary.WITHHELD_REFERRAL_REASON,      M,      M,        M,     N,   N,         N);
		expect(Canary.REFERRAL_WITHHELD_DETAIL,      M,      M,        M,     N,   N,         N);
		// callover decisions: staff reflective practice, the team's staff only (issue 14)
		expect(Canary.CALLOVER_AGREED,               M,      M,        M,     N,   N,         N);
		// group sessions: the note for the team's staff only; who else came on none of Jamie's pages, for anyone
		expect(Canary.GROUP_SESSION_NOTE,            M,      M,        M,     N,   N,         N);
		expect(Canary.GROUP_OTHER_ATTENDEE,          N,      N,        N,     N,   N,         N);
		// accommodation (ADR 013): the team's staff and the person (shared episodes); never a peer
		expect(Canary.HOUSING_SHARED_ADDRESS,        M,      M,        M,     N,   N,         M);
		expect(Canary.HOUSING_WITHHELD_ADDRESS,      M,      M,        M,     N,   N,         N);
		expect(Canary.HOUSING_WITHHELD_LEAVING,      M,      M,        M,     N,   N,         N);
		// moving-in checklist (ADR 013): the team's staff and the person, all of it; never a peer
		expect(Canary.MOVING_IN_NOTE,                M,      M,        M,     N,   N,         M);
		// welfare benefits (ADR 013, 015): the team's staff and the person (shared ones); never a peer; the early
		// warning names a withheld benefit to staff only
		expect(Canary.BENEFIT_SHARED_NOTE,           M,      M,        M,     N,   N,         M);
		expect(Canary.BENEFIT_WITHHELD_NOTE,         M,      M,        M,     N,   N,         N);
		expect(Canary.BENEFIT_WITHHELD_NAME,         M,      M,        M,     N,   N,         N);
		// complaints (ADR 016): the team's staff and the person (shared ones, never who complained); never a peer
		expect(Canary.COMPLAINT_SHARED_WORDS,        M,      M,        M,     N,   N,         M);
		expect(Canary.COMPLAINT_THIRD_PARTY,         M,      M,        M,     N,   N,         N);
		expect(Canary.COMPLAINT_REFLECTION,          M,      M,        M,     N,   N,         M);
		expect(Canary.COMPLAINT_WITHHELD_WORDS,      M,      M,        M,     N,   N,         N);
		// the rent account (ADR 014): the person sees every entry, never why staff cancelled one
		expect(Canary.RENT_CANCEL_REASON,            M,      M,        M,     N,   N,         N);
		// the early-warning checklist (ADR 015): the team's staff only
		expect(Canary.EARLY_WARNING_NOTE,            M,      M,        M,     N,   N,         N);
		// @formatter:on
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

	@Test
	void noReaderSeesACanaryTheyMustNotAndEveryReaderSeesTheOnesTheyMust() {
		new CanaryPlanting(this.jdbc).createMissingAccounts(new MappedRoutes(this.mappings, this.jdbc));
		List<Reader> readers = readers();
		Map<Reader, Result> results = new LinkedHashMap<>();
		for (Reader reader : readers) {
			TransactionTemplate rollback = new TransactionTemplate(this.transactions);
			results.put(reader, rollback.execute(status -> {
				status.setRollbackOnly();
				return readEverything(reader);
			}));
		}
		SoftAssertions softly = new SoftAssertions();
		results.forEach((reader, result) -> {
			softly.assertThat(result.errors).as("server errors as %s", reader).isEmpty();
			for (Canary canary : Canary.values()) {
				Set<String> pages = result.seen.getOrDefault(canary, Set.of());
				switch (expected(canary, reader)) {
					case NEVER -> softly.assertThat(pages).as("LEAK: %s shown to %s on", canary, reader).isEmpty();
					case MUST -> softly.assertThat(pages)
						.as("MISSING: %s must see %s on some page, but it is on none of the %d pages called", reader,
								canary, result.pages)
						.isNotEmpty();
					case ANY -> {
					}
				}
			}
		});
		System.out.println(report(results));
		softly.assertAll();
	}

	private static Expect expected(Canary canary, Reader reader) {
		return EXPECTED.get(canary).getOrDefault(reader, Expect.NEVER);
	}

	/** Every {@link Caller}, then the readers the access matrix does not have. */
	private static List<Reader> readers() {
		List<Reader> readers = new ArrayList<>();
		Arrays.stream(Caller.values()).map(Reader::of).forEach(readers::add);
		readers.addAll(List.of(JORDAN, NARROW_PEER, ENDED_PEER));
		return readers;
	}

	/**
	 * Plants the canaries, then calls every GET page as the reader, noting which canaries
	 * each page shows.
	 */
	private Result readEverything(Reader reader) {
		MappedRoutes routes = new MappedRoutes(this.mappings, this.jdbc);
		Planted planted = new CanaryPlanting(this.jdbc).plant();
		Result result = new Result();
		for (String path : new CanaryPaths(this.jdbc).of(routes, planted)) {
			result.pages++;
			MockHttpServletResponse response;
			try {
				MockHttpServletRequestBuilder request = get(path);
				if (reader.username() != null) {
					request = request.with(this.users.as(reader.username()));
				}
				response = this.mvc.perform(request).andReturn().getResponse();
			}
			catch (Exception ex) {
				result.errors.add(path + ": " + ex);
				continue;
			}
			if (response.getStatus() >= 500) {
				result.errors.add(path + ": status " + response.getStatus());
			}
			String body;
			try {
				body = response.getContentAsString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			for (Canary canary : Canary.values()) {
				// a staff member's name is rightly on staff and admin pages about
				// accounts and teams; what matters
				// is whether Jamie's record names them
				boolean recordPage = path.startsWith("/service-users/" + planted.person()) || path.startsWith("/my-");
				// so is another person's name (on their own record, the group's pages);
				// what
				// matters is that none of Jamie's pages names who else came to a group
				if ((canary == Canary.STAFF_NAME_IN_HISTORY || canary == Canary.GROUP_OTHER_ATTENDEE) && !recordPage) {
					continue;
				}
				if (body.contains(planted.text(canary))) {
					result.seen.computeIfAbsent(canary, c -> new TreeSet<>()).add(path);
				}
			}
		}
		return result;
	}

	// --- results
	// ----------------------------------------------------------------------------------------------------

	private static void expect(Canary canary, Expect... byColumn) {
		Map<Reader, Expect> row = new LinkedHashMap<>();
		for (int i = 0; i < COLUMNS.size(); i++) {
			row.put(COLUMNS.get(i), byColumn[i]);
		}
		EXPECTED.put(canary, row);
	}

	/** Where each reader met each canary, for the log. */
	private static String report(Map<Reader, Result> results) {
		StringBuilder report = new StringBuilder(
				"Canaries (CANARY-<NAME>-" + CanaryPlanting.RUN + ") seen, reader: canary on pages\n");
		results.forEach((reader, result) -> {
			report.append(reader).append(": ").append(result.pages).append(" pages\n");
			result.seen.forEach((canary, pages) -> report.append("  ")
				.append(expected(canary, reader))
				.append(' ')
				.append(canary)
				.append(" on ")
				.append(pages)
				.append('\n'));
		});
		return report.toString();
	}

	private static final class Result {

		final Map<Canary, Set<String>> seen = new EnumMap<>(Canary.class);

		final List<String> errors = new ArrayList<>();

		int pages;

	}

	static {
		// every canary has a row
		Set<Canary> missing = Stream.of(Canary.values())
			.filter(c -> !EXPECTED.containsKey(c))
			.collect(Collectors.toSet());
		if (!missing.isEmpty()) {
			throw new IllegalStateException("No expectations for " + missing);
		}
	}

}
