package org.keywork.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The access matrix itself ({@link AccessMatrixTests} proves it): for every route the
 * application maps ("METHOD /pattern"), the kinds of caller it serves. A signed-in caller
 * not listed is refused (403, or 404 for a record out of reach, ADR 001); an anonymous
 * one not listed is sent to sign in. A new route needs its line here.
 */
final class AccessMatrix {

	/** The kinds of caller, as the issue names them. */
	enum Caller {

		ANONYMOUS(null), ADMIN("admin"), MANAGER_OF_TEAM("manager"), MANAGER_OF_OTHER_TEAM("citymanager"),
		WORKER_OF_TEAM("worker"), WORKER_OF_OTHER_TEAM("worker2"), LINKED_PEER("peer"), UNLINKED_PEER("matrix-peer"),
		THE_PERSON("serviceuser"), ANOTHER_SERVICE_USER("matrix-person");

		final String username;

		Caller(String username) {
			this.username = username;
		}

	}

	private static final Set<Caller> ALL_SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));

	private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

	private static final Set<Caller> TEAM_STAFF = EnumSet.of(Caller.MANAGER_OF_TEAM, Caller.WORKER_OF_TEAM);

	private static final Set<Caller> READERS = EnumSet.of(Caller.MANAGER_OF_TEAM, Caller.WORKER_OF_TEAM,
			Caller.LINKED_PEER);

	private static final Set<Caller> CASELOAD_STAFF = EnumSet.of(Caller.MANAGER_OF_TEAM, Caller.MANAGER_OF_OTHER_TEAM,
			Caller.WORKER_OF_TEAM, Caller.WORKER_OF_OTHER_TEAM);

	private static final Set<Caller> MANAGERS = EnumSet.of(Caller.MANAGER_OF_TEAM, Caller.MANAGER_OF_OTHER_TEAM);

	private static final Set<Caller> PEERS = EnumSet.of(Caller.LINKED_PEER, Caller.UNLINKED_PEER);

	private static final Set<Caller> SERVICE_USERS = EnumSet.of(Caller.THE_PERSON, Caller.ANOTHER_SERVICE_USER);

	/**
	 * Route ("METHOD /pattern") to the callers it serves; every other signed-in caller is
	 * refused.
	 */
	private static final Map<String, Set<Caller>> EXPECTED = new LinkedHashMap<>();

	static {
		allow(EVERYONE, "GET /login");
		allow(ALL_SIGNED_IN, "GET /", "GET /account/password", "POST /account/password");
		allow(ALL_SIGNED_IN, "GET /account/sessions", "POST /account/sessions/sign-out-others");
		allow(ALL_SIGNED_IN, "GET /account/passkeys");
		// the {id} here is no passkey's id (the demo accounts have none): a passkey not
		// the
		// caller's own is a 404 for everyone; the owner's own are proven in PasskeysTests
		allow(EnumSet.noneOf(Caller.class), "GET /account/passkeys/{id}/rename", "POST /account/passkeys/{id}/rename",
				"GET /account/passkeys/{id}/remove", "POST /account/passkeys/{id}/remove");
		// second factor (ADR 018): the step after the password for every signed-in caller
		// (one with nothing to give is sent home); an authenticator app for staff only;
		// rules and a reset for administrators
		allow(ALL_SIGNED_IN, "GET /login/second-factor", "POST /login/second-factor");
		// "confirm it's you" before adding a sign-in factor (ADR 018): every account
		// (passkeys are for everyone)
		allow(ALL_SIGNED_IN, "POST /account/confirm");
		allow(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.THE_PERSON, Caller.ANOTHER_SERVICE_USER)),
				"GET /account/second-factor", "POST /account/second-factor",
				"POST /account/second-factor/recovery-codes", "POST /account/second-factor/remove");
		allow(EnumSet.of(Caller.ADMIN), "GET /admin/second-factor", "POST /admin/second-factor",
				"GET /admin/accounts/{id}/second-factor/reset", "POST /admin/accounts/{id}/second-factor/reset");
		allow(ALL_SIGNED_IN, "GET /account/sign-ins");
		allow(EnumSet.of(Caller.ADMIN), "GET /admin/accounts/{id}/sign-ins");
		allow(CASELOAD_STAFF, "GET /caseload", "GET /service-users", "GET /service-users/new", "POST /service-users");
		allow(MANAGERS, "GET /team", "POST /team/figures/refresh", "GET /team/callover", "POST /team/callover/reassign",
				"GET /team/withheld");
		allow(PEERS, "GET /my-people");
		allow(SERVICE_USERS, "GET /my-support");
		// the portal: always the signed-in person's own record, never an id from the URL
		allow(EVERYONE, "GET /activate", "POST /activate");
		allow(SERVICE_USERS, "GET /my-support/{kind}", "POST /my-support/{kind}/comments",
				"GET /my-support/who-has-looked", "GET /my-support/contact-notes", "GET /my-support/feedback",
				"POST /my-support/feedback", "GET /my-support/keyworker-request", "POST /my-support/keyworker-request",
				"GET /my-support/achievements", "POST /my-support/achievements", "GET /my-support/keyworker-history",
				"GET /my-support/details", "POST /my-support/details", "GET /my-support/{kind}/versions",
				"GET /my-support/{kind}/versions/{number}", "GET /my-support/{kind}/versions/{number}/changes");
		// a step of Jamie's plan: only Jamie may mark it (another person's plan has no
		// such step)
		allow(EnumSet.of(Caller.THE_PERSON), "POST /my-support/action-plan/steps/{stepId}/done");
		allow(MANAGERS, "GET /team/feedback", "GET /team/keyworker-requests");
		allow(EnumSet.of(Caller.MANAGER_OF_TEAM), "GET /team/keyworker-requests/{requestId}",
				"POST /team/keyworker-requests/{requestId}", "GET /service-users/{id}/access-log");
		// what the person told us is wrong in their details: dealt with by the staff who
		// may change their record
		allow(TEAM_STAFF, "POST /service-users/{id}/details-corrections/{correctionId}/dealt-with");
		allow(TEAM_STAFF, "GET /service-users/{id}/portal-account", "POST /service-users/{id}/portal-account",
				"POST /service-users/{id}/portal-account/deactivate");
		allow(EnumSet.of(Caller.ADMIN), "GET /admin/accounts", "GET /admin/accounts/new", "POST /admin/accounts/new",
				"GET /admin/accounts/{id}", "GET /admin/accounts/{id}/edit", "POST /admin/accounts/{id}/edit",
				"POST /admin/accounts/{id}/deactivate", "POST /admin/accounts/{id}/reactivate",
				"GET /admin/accounts/{id}/password", "POST /admin/accounts/{id}/password", "GET /admin/teams",
				"GET /admin/teams/new", "POST /admin/teams/new", "GET /admin/teams/{id}/edit",
				"POST /admin/teams/{id}/edit", "GET /admin/teams/{id}/intensity", "POST /admin/teams/{id}/intensity",
				"GET /admin/{list}", "GET /admin/{list}/new", "POST /admin/{list}/new", "GET /admin/{list}/{code}/edit",
				"POST /admin/{list}/{code}/edit");
		// an administrator's change to their own teams waits for a second administrator
		allow(EnumSet.of(Caller.ADMIN), "GET /admin/approvals", "POST /admin/approvals/{approvalId}/approve",
				"POST /admin/approvals/{approvalId}/reject");
		// the person's record: readable by the team's staff and the linked peer; changed
		// by the team's staff
		allow(READERS, "GET /service-users/{id}", "GET /service-users/{id}/contact-notes/new",
				"POST /service-users/{id}/contact-notes", "GET /service-users/{id}/contact-notes/{noteId}",
				"GET /service-users/{id}/{kind}", "GET /service-users/{id}/{kind}/print",
				"GET /service-users/{id}/{kind}/versions", "GET /service-users/{id}/{kind}/versions/{number}",
				"GET /service-users/{id}/{kind}/versions/{number}/changes");
		allow(TEAM_STAFF, "GET /service-users/{id}/edit", "POST /service-users/{id}",
				"GET /service-users/{id}/peers/new", "POST /service-users/{id}/peers",
				"POST /service-users/{id}/peers/{linkId}/end", "GET /service-users/{id}/contact-notes/{noteId}/correct",
				"POST /service-users/{id}/contact-notes/{noteId}/correct", "POST /service-users/{id}/{kind}/start",
				"GET /service-users/{id}/{kind}/agree", "POST /service-users/{id}/{kind}/agree",
				"POST /service-users/{id}/{kind}/review", "GET /service-users/{id}/{kind}/sharing",
				"POST /service-users/{id}/{kind}/sharing", "GET /service-users/{id}/support-overview/edit",
				"POST /service-users/{id}/support-overview/edit", "GET /service-users/{id}/safety-plan/factors/new",
				"POST /service-users/{id}/safety-plan/factors/new",
				"GET /service-users/{id}/safety-plan/factors/{factorId}/edit",
				"POST /service-users/{id}/safety-plan/factors/{factorId}/edit",
				"POST /service-users/{id}/safety-plan/factors/{factorId}/remove",
				"GET /service-users/{id}/safety-plan/crisis-contacts",
				"POST /service-users/{id}/safety-plan/crisis-contacts", "GET /service-users/{id}/action-plan/goals/new",
				"POST /service-users/{id}/action-plan/goals/new",
				"GET /service-users/{id}/action-plan/goals/{goalId}/edit",
				"POST /service-users/{id}/action-plan/goals/{goalId}/edit",
				"GET /service-users/{id}/action-plan/goals/{goalId}/steps/new",
				"POST /service-users/{id}/action-plan/goals/{goalId}/steps/new",
				"GET /service-users/{id}/action-plan/steps/{stepId}/edit",
				"POST /service-users/{id}/action-plan/steps/{stepId}/edit",
				"POST /service-users/{id}/action-plan/steps/{stepId}/status",
				"GET /service-users/{id}/achievements/new", "POST /service-users/{id}/achievements");
		// the Cycle of Change: the linked peer's link (NOTES) does not include outcomes
		allow(TEAM_STAFF, "GET /service-users/{id}/cycle-of-change",
				"GET /service-users/{id}/cycle-of-change/issues/new", "POST /service-users/{id}/cycle-of-change/issues",
				"GET /service-users/{id}/cycle-of-change/stages/new", "POST /service-users/{id}/cycle-of-change/stages",
				"POST /service-users/{id}/cycle-of-change/issues/close");
		allow(SERVICE_USERS, "GET /my-support/cycle-of-change");
		allow(TEAM_STAFF, "GET /service-users/{id}/intensity", "GET /service-users/{id}/intensity/level",
				"POST /service-users/{id}/intensity/level", "GET /service-users/{id}/intensity/crisis",
				"POST /service-users/{id}/intensity/crisis", "POST /service-users/{id}/intensity/crisis/end");
		allow(MANAGERS, "GET /team/outcomes/cycle", "GET /team/outcomes/cycle.csv");
		allow(EnumSet.of(Caller.MANAGER_OF_TEAM), "GET /service-users/{id}/keyworker",
				"POST /service-users/{id}/keyworker");
		// star readings (ADR 012): the linked demo peer's scope is NOTES, so outcomes are
		// not theirs to see
		allow(TEAM_STAFF, "GET /service-users/{id}/outcomes", "GET /service-users/{id}/outcomes/{readingId}",
				"GET /service-users/{id}/outcomes/new", "POST /service-users/{id}/outcomes",
				"GET /service-users/{id}/outcomes/{readingId}/correct",
				"POST /service-users/{id}/outcomes/{readingId}/correct");
		allow(SERVICE_USERS, "GET /my-support/outcomes");
		allow(EnumSet.of(Caller.THE_PERSON), "GET /my-support/outcomes/{readingId}/own-view",
				"POST /my-support/outcomes/{readingId}/own-view");
		allow(MANAGERS, "GET /team/outcomes", "GET /team/outcomes/star.csv");
		allow(EnumSet.of(Caller.ADMIN), "GET /admin/measures", "GET /admin/measures/new", "POST /admin/measures/new",
				"POST /admin/measures/{measureId}/deactivate");
		// the directory of agencies and services
		allow(EnumSet.of(Caller.ADMIN), "GET /admin/agencies", "GET /admin/agencies/new", "POST /admin/agencies/new",
				"GET /admin/agencies/{agencyId}/edit", "POST /admin/agencies/{agencyId}/edit",
				"POST /admin/agencies/{agencyId}/deactivate");
		// landlords, shared across people (issue 13)
		allow(EnumSet.of(Caller.ADMIN), "GET /admin/landlords", "GET /admin/landlords/new", "POST /admin/landlords/new",
				"GET /admin/landlords/{landlordId}/edit", "POST /admin/landlords/{landlordId}/edit",
				"POST /admin/landlords/{landlordId}/deactivate");
		// consent to share: the staff who may change the record, and the person
		allow(TEAM_STAFF, "GET /service-users/{id}/consent", "GET /service-users/{id}/consent/new",
				"POST /service-users/{id}/consent", "POST /service-users/{id}/consent/{consentId}/withdraw");
		allow(SERVICE_USERS, "GET /my-support/consent");
		// a consent of Jamie's: another person has no such consent
		allow(EnumSet.of(Caller.THE_PERSON), "POST /my-support/consent/{consentId}/withdraw");
		// referrals: the staff who may change the record; the person sees those shared
		allow(TEAM_STAFF, "GET /service-users/{id}/referrals", "GET /service-users/{id}/referrals/new",
				"POST /service-users/{id}/referrals", "POST /service-users/{id}/referrals/{referralId}/status");
		allow(SERVICE_USERS, "GET /my-support/referrals");
		allow(MANAGERS, "GET /team/services", "GET /team/services.csv");
		// the tenancy report (issue 13)
		allow(MANAGERS, "GET /team/tenancy-report", "GET /team/tenancy-report/{table}.csv");
		// wellbeing scales: the linked peer's link (NOTES) does not include the Overview,
		// so outcome measures are out of their reach (ADR 012)
		allow(TEAM_STAFF, "GET /service-users/{id}/wellbeing", "GET /service-users/{id}/wellbeing/new",
				"POST /service-users/{id}/wellbeing");
		allow(SERVICE_USERS, "GET /my-support/wellbeing", "GET /my-support/wellbeing/new",
				"POST /my-support/wellbeing");
		allow(MANAGERS, "GET /team/outcomes/wellbeing", "GET /team/outcomes/wellbeing.csv");
		// appointments: a linked peer sees the shared ones when the link includes the
		// notes (the demo peer's does); the .ics download and every change are for staff
		allow(READERS, "GET /service-users/{id}/appointments");
		allow(TEAM_STAFF, "GET /service-users/{id}/appointments/new", "POST /service-users/{id}/appointments",
				"GET /service-users/{id}/appointments/{appointmentId}/edit",
				"POST /service-users/{id}/appointments/{appointmentId}",
				"POST /service-users/{id}/appointments/{appointmentId}/cancel",
				"POST /service-users/{id}/appointments/{appointmentId}/missed",
				"POST /service-users/{id}/appointments/{appointmentId}/requests-dealt-with",
				"GET /service-users/{id}/appointments/{appointmentId}.ics");
		// staff availability: each member of staff's own account page
		allow(EnumSet.of(Caller.MANAGER_OF_TEAM, Caller.MANAGER_OF_OTHER_TEAM, Caller.WORKER_OF_TEAM,
				Caller.WORKER_OF_OTHER_TEAM, Caller.LINKED_PEER, Caller.UNLINKED_PEER), "GET /account",
				"POST /account");
		// group sessions: staff pages; a group of another team is out of reach (404),
		// peers
		// and service users are refused them (403); the person sees the sessions they
		// came to
		allow(CASELOAD_STAFF, "GET /groups", "GET /groups/new", "POST /groups");
		allow(TEAM_STAFF, "GET /groups/{groupId}", "GET /groups/{groupId}/edit", "POST /groups/{groupId}",
				"GET /groups/{groupId}/sessions/new", "POST /groups/{groupId}/sessions",
				"GET /groups/{groupId}/sessions/{sessionId}");
		allow(SERVICE_USERS, "GET /my-support/group-sessions");
		allow(SERVICE_USERS, "GET /my-support/appointments");
		allow(SERVICE_USERS, "GET /my-support/support-level");
		// engagement preferences: staff who may change the record record them (the
		// linked peer reads them on the person's page); the person reads and changes
		// their own in the portal
		allow(TEAM_STAFF, "GET /service-users/{id}/preferences", "POST /service-users/{id}/preferences");
		allow(SERVICE_USERS, "GET /my-support/preferences", "GET /my-support/preferences/edit",
				"POST /my-support/preferences");
		allow(EnumSet.of(Caller.THE_PERSON), "GET /my-support/appointments/{appointmentId}/move",
				"POST /my-support/appointments/{appointmentId}/move");
		// the callover that keeps decisions: the team's staff read its callovers, only
		// its
		// managers start one and record decisions; a follow-up is for the team's staff
		// (the demo one is worker's, so worker may mark it done); never a peer or the
		// person
		allow(CASELOAD_STAFF, "GET /team/callovers");
		allow(MANAGERS, "POST /team/callovers");
		allow(TEAM_STAFF, "GET /team/callovers/{meetingId}", "GET /team/callovers/{meetingId}/record");
		allow(EnumSet.of(Caller.MANAGER_OF_TEAM), "GET /team/callovers/{meetingId}/people/{id}",
				"POST /team/callovers/{meetingId}/people/{id}");
		allow(TEAM_STAFF, "GET /service-users/{id}/callover-follow-ups/{decisionId}",
				"POST /service-users/{id}/callover-follow-ups/{decisionId}/done");
		// accommodation history (issue 13): the team's staff; the person reads theirs in
		// the portal; never a peer (ADR 013)
		allow(TEAM_STAFF, "GET /service-users/{id}/accommodation", "GET /service-users/{id}/accommodation/new",
				"POST /service-users/{id}/accommodation", "GET /service-users/{id}/accommodation/{episodeId}/edit",
				"POST /service-users/{id}/accommodation/{episodeId}",
				"GET /service-users/{id}/accommodation/{episodeId}/tenancy",
				"POST /service-users/{id}/accommodation/{episodeId}/tenancy");
		allow(SERVICE_USERS, "GET /my-support/home");
		// moving-in checklists (issue 13): the template for administrators; a person's
		// checklist for the team's staff and the person (who marks done only their own
		// items: Ronald's checklist has no such item); never a peer (ADR 013)
		allow(EnumSet.of(Caller.ADMIN), "GET /admin/moving-in", "GET /admin/moving-in/new", "POST /admin/moving-in/new",
				"GET /admin/moving-in/{templateItemId}/edit", "POST /admin/moving-in/{templateItemId}/edit");
		allow(TEAM_STAFF, "GET /service-users/{id}/moving-in", "POST /service-users/{id}/moving-in",
				"POST /service-users/{id}/moving-in/items/{itemId}/done", "GET /service-users/{id}/moving-in/items/new",
				"POST /service-users/{id}/moving-in/items", "GET /service-users/{id}/moving-in/items/{itemId}/edit",
				"POST /service-users/{id}/moving-in/items/{itemId}");
		allow(SERVICE_USERS, "GET /my-support/moving-in");
		allow(EnumSet.of(Caller.THE_PERSON), "POST /my-support/moving-in/items/{itemId}/done");
		// welfare benefits and the early warning (issue 13): the team's staff; the person
		// reads their benefits in the portal, never the early warning (ADR 015); never a
		// peer. The early-warning routes are called for Peggy, whose warning is open.
		allow(TEAM_STAFF, "GET /service-users/{id}/benefits", "GET /service-users/{id}/benefits/new",
				"POST /service-users/{id}/benefits", "GET /service-users/{id}/benefits/{benefitId}/edit",
				"POST /service-users/{id}/benefits/{benefitId}", "GET /service-users/{id}/early-warning",
				"GET /service-users/{id}/early-warning/steps/{step}",
				"POST /service-users/{id}/early-warning/steps/{step}",
				"POST /service-users/{id}/early-warning/steps/{step}/action",
				"POST /service-users/{id}/early-warning/close");
		allow(SERVICE_USERS, "GET /my-support/benefits");
		// complaints and incidents (issue 13, ADR 016): the team's staff; the person
		// reads
		// theirs in the portal (never who complained); never a peer; response targets by
		// administrators (any team) and managers (their own)
		allow(TEAM_STAFF, "GET /service-users/{id}/complaints", "GET /service-users/{id}/complaints/new",
				"POST /service-users/{id}/complaints", "GET /service-users/{id}/complaints/{complaintId}",
				"GET /service-users/{id}/complaints/{complaintId}/response",
				"POST /service-users/{id}/complaints/{complaintId}/response",
				"GET /service-users/{id}/complaints/{complaintId}/actions/new",
				"POST /service-users/{id}/complaints/{complaintId}/actions",
				"GET /service-users/{id}/complaints/{complaintId}/reflections/new",
				"POST /service-users/{id}/complaints/{complaintId}/reflections",
				"GET /service-users/{id}/complaints/{complaintId}/outcome",
				"POST /service-users/{id}/complaints/{complaintId}/outcome",
				"GET /service-users/{id}/complaints/{complaintId}/learning",
				"POST /service-users/{id}/complaints/{complaintId}/learning");
		allow(SERVICE_USERS, "GET /my-support/complaints");
		allow(EnumSet.of(Caller.ADMIN, Caller.MANAGER_OF_TEAM, Caller.MANAGER_OF_OTHER_TEAM), "GET /complaint-targets");
		allow(EnumSet.of(Caller.ADMIN, Caller.MANAGER_OF_TEAM), "GET /complaint-targets/{teamId}",
				"POST /complaint-targets/{teamId}");
		// the rent account (issue 13): the team's staff; the person reads all of theirs
		// in
		// the portal; never a peer (ADR 014); the arrears threshold is the
		// administrators'
		allow(TEAM_STAFF, "GET /service-users/{id}/rent", "GET /service-users/{id}/rent/new",
				"POST /service-users/{id}/rent", "GET /service-users/{id}/rent/{entryId}/cancel",
				"POST /service-users/{id}/rent/{entryId}/cancel", "GET /service-users/{id}/rent/imports/new",
				"POST /service-users/{id}/rent/imports", "GET /service-users/{id}/rent/imports/{importId}",
				"GET /service-users/{id}/rent/imports/{importId}/mapping",
				"POST /service-users/{id}/rent/imports/{importId}/mapping",
				"GET /service-users/{id}/rent/imports/{importId}/preview",
				"POST /service-users/{id}/rent/imports/{importId}/import",
				"POST /service-users/{id}/rent/imports/{importId}/discard");
		allow(SERVICE_USERS, "GET /my-support/rent");
		allow(EnumSet.of(Caller.ADMIN), "GET /admin/teams/{id}/rent", "POST /admin/teams/{id}/rent");
	}

	private AccessMatrix() {
	}

	/** Every route the matrix has a line for. */
	static Set<String> routes() {
		return EXPECTED.keySet();
	}

	/**
	 * The callers a route serves, as the matrix states it; other route-by-route tests
	 * call routes as one of them.
	 */
	static Set<Caller> allowedCallers(String route) {
		return EXPECTED.getOrDefault(route, Set.of());
	}

	private static void allow(Set<Caller> callers, String... routes) {
		for (String route : routes) {
			EXPECTED.put(route, callers);
		}
	}

}
