package org.keywork.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.keywork.caseload.TeamNotice.Notice;
import org.keywork.contacts.ContactSummaries;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.staff.StaffMembers;
import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.web.Dates;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's caseload, the manager's team dashboard and the case callover. "Today" comes
 * from the application {@link Clock}; every list is limited to the teams
 * {@link AccessPolicy#teamIds} gives the account. A page's independent reads (its
 * notices, the dashboard's contact counts) go in one statement with its people
 * ({@link Batch}), and everything about the people in one more.
 */
@Service
@Transactional(readOnly = true)
class CaseloadService {

	static final Set<String> OPEN = Set.of("ACTIVE", "REFERRED");

	private final CaseloadQueries queries;

	private final ContactSummaries contacts;

	private final AccessPolicy policy;

	private final StaffMembers staffMembers;

	private final Clock clock;

	private final Dates dates;

	private final Batches batches;

	private final List<TeamNotice> teamNotices;

	private final List<CaseloadNotice> caseloadNotices;

	private final TeamFigures figures;

	private final CalloverPeople calloverPeople;

	CaseloadService(CaseloadQueries queries, ContactSummaries contacts, AccessPolicy policy, StaffMembers staffMembers,
			Clock clock, Dates dates, Batches batches, ObjectProvider<TeamNotice> teamNotices,
			ObjectProvider<CaseloadNotice> caseloadNotices, TeamFigures figures, CalloverPeople calloverPeople) {
		this.figures = figures;
		this.calloverPeople = calloverPeople;
		this.batches = batches;
		this.teamNotices = teamNotices.orderedStream().toList();
		this.caseloadNotices = caseloadNotices.orderedStream().toList();
		this.queries = queries;
		this.contacts = contacts;
		this.policy = policy;
		this.staffMembers = staffMembers;
		this.clock = clock;
		this.dates = dates;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.dates.zone()));
	}

	/**
	 * The people the account is keyworker for (not moved on), most urgent first, and what
	 * they are waiting on the account for ({@link CaseloadNotice}).
	 */
	MyCaseload myCaseload(KeyworkUser user) {
		Batch batch = this.batches.start();
		List<Later<List<Notice>>> notices = new ArrayList<>();
		for (CaseloadNotice notice : this.caseloadNotices) {
			notices.add(notice.notices(user, batch));
		}
		List<CaseloadRow> rows = this.queries
			.rows(new CaseloadQueries.Filter(this.policy.teamIds(user), OPEN, user.getId(), false), today(), batch);
		return new MyCaseload(rows, notices.stream().flatMap(notice -> notice.get().stream()).toList());
	}

	public record MyCaseload(List<CaseloadRow> rows, List<Notice> notices) {
	}

	/**
	 * One keyworker's part of the case callover of the manager's teams
	 * ({@link CalloverPeople#part}).
	 */
	CalloverPart callover(KeyworkUser user, Long keyworkerId, boolean unassignedOnly) {
		return this.calloverPeople.part(this.policy.teamIds(user), keyworkerId, unassignedOnly, today());
	}

	/** Staff who can hold a caseload in the account's teams. */
	List<StaffMember> staff(KeyworkUser user) {
		Set<Long> teams = this.policy.teamIds(user);
		return teams.isEmpty() ? List.of() : this.staffMembers.inTeams(teams, EnumSet.of(Role.WORKER, Role.MANAGER));
	}

	/**
	 * The team dashboard: one line per member of staff, and one for people without a
	 * keyworker, counted at most once a minute per set of teams ({@link TeamFigures}, ADR
	 * 027); what is waiting for the manager is read on every visit.
	 */
	Dashboard dashboard(KeyworkUser user) {
		Set<Long> teams = this.policy.teamIds(user);
		Batch batch = this.batches.start();
		List<Later<Optional<Notice>>> notices = new ArrayList<>();
		for (TeamNotice notice : this.teamNotices) {
			notices.add(notice.notice(user, batch));
		}
		TeamFigures.Figures figures = this.figures.get(teams, today(), () -> count(user, teams, batch));
		return new Dashboard(figures.workers(), figures.unassigned(), figures.overdueTotal(), figures.countedAt(),
				notices.stream().flatMap(notice -> notice.get().stream()).toList());
	}

	/** Counts the dashboard's figures again at the next visit. */
	void refreshFigures(KeyworkUser user) {
		this.figures.forget(this.policy.teamIds(user));
	}

	/**
	 * Counts the teams' figures: the people's reads join what {@code batch} holds (the
	 * notices).
	 */
	private TeamFigures.Figures count(KeyworkUser user, Set<Long> teams, Batch batch) {
		Instant countedAt = this.clock.instant();
		Later<Map<Long, Long>> contacts = this.contacts.successfulContactsByAuthorSince(teams,
				countedAt.minus(Duration.ofDays(7)), batch);
		List<CaseloadRow> open = this.queries.forCounting(new CaseloadQueries.Filter(teams, OPEN, null, false), today(),
				batch);
		Map<Long, Long> recent = contacts.get();
		List<WorkerStats> workers = new ArrayList<>();
		for (StaffMember account : staff(user)) {
			workers.add(WorkerStats.of(account.getId(), account.getDisplayName(),
					open.stream().filter(r -> account.getId().equals(r.keyworkerId())).toList(),
					recent.getOrDefault(account.getId(), 0L)));
		}
		WorkerStats unassigned = WorkerStats.of(null, null, open.stream().filter(r -> r.keyworkerId() == null).toList(),
				0L);
		return new TeamFigures.Figures(workers, unassigned, open.stream().filter(CaseloadRow::overdue).count(),
				countedAt);
	}

	/**
	 * {@code figuresAt}: when the figures were counted; {@code notices}: what is waiting
	 * for the manager ({@link TeamNotice}).
	 */
	public record Dashboard(List<WorkerStats> workers, WorkerStats unassigned, long overdueTotal, Instant figuresAt,
			List<Notice> notices) {
	}

	/**
	 * One worker's line on the team dashboard.
	 *
	 * @param caseload people (active or referred) they are keyworker for
	 * @param active of those, people the weekly-contact rule applies to (support active,
	 * or referred: issue 14)
	 * @param withinTarget of those, the people not overdue
	 * @param contactsLast7Days successful contacts the worker recorded in the last 7 days
	 * with people in the manager's teams (attempts not counted)
	 * @param overdue active people overdue for contact
	 * @param overdueReviews people whose support records have a review past its date, or
	 * an outcome reading ({@link CaseloadItems})
	 */
	public record WorkerStats(Long accountId, String name, long caseload, long active, long withinTarget,
			long contactsLast7Days, long overdue, long overdueReviews) {

		static WorkerStats of(Long accountId, String name, List<CaseloadRow> rows, long contacts) {
			long active = rows.stream().filter(CaseloadRow::ruleApplies).count();
			long overdue = rows.stream().filter(CaseloadRow::overdue).count();
			long overdueReviews = rows.stream().filter(CaseloadRow::reviewOverdue).count();
			return new WorkerStats(accountId, name, rows.size(), active, active - overdue, contacts, overdue,
					overdueReviews);
		}

		/**
		 * Share of active people within the contact target, in whole percent; null with
		 * no active people.
		 */
		public Long sharePercent() {
			return this.active == 0 ? null : Math.round(100.0 * this.withinTarget / this.active);
		}

	}

}
