package org.keywork.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.keywork.caseload.CaseloadService.WorkerStats;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The team dashboard's figures, kept for at most {@code keywork.team-figures.max-age}
 * (one minute by default) per set of teams and day (ADR 027). A team of several hundred
 * people takes a dozen questions about each person to count; every manager of the team
 * sees the same figures, so they are counted once a minute at most, not on every visit.
 * The page says when they were counted, and {@link #forget} (the page's "Refresh figures"
 * button) counts them again at once. The figures are counts per member of staff, the same
 * for every reader of the same teams: nothing in them depends on who reads them. Kept in
 * this node's memory only; a zero max age keeps nothing (the tests' setting, so that each
 * test sees its own changes at once).
 */
@Component
class TeamFigures {

	/** More sets of teams than this and the expired ones are dropped. */
	static final int MAX_KEPT = 1_000;

	private final Map<Key, Figures> kept = new ConcurrentHashMap<>();

	private final Clock clock;

	private volatile Duration maxAge;

	TeamFigures(Clock clock, @Value("${keywork.team-figures.max-age:PT1M}") Duration maxAge) {
		this.clock = clock;
		this.maxAge = maxAge;
	}

	/**
	 * The figures of these teams on {@code today}: those kept, if counted within the max
	 * age, else {@code count}'s, then kept.
	 */
	Figures get(Collection<Long> teamIds, LocalDate today, Supplier<Figures> count) {
		Key key = new Key(teamIds.stream().sorted().toList(), today);
		Instant now = this.clock.instant();
		Figures figures = this.kept.get(key);
		if (figures != null && fresh(figures, now)) {
			return figures;
		}
		figures = count.get();
		if (!this.maxAge.isZero()) {
			if (this.kept.size() >= MAX_KEPT) {
				this.kept.values().removeIf(old -> !fresh(old, now));
				if (this.kept.size() >= MAX_KEPT) {
					this.kept.clear();
				}
			}
			this.kept.put(key, figures);
		}
		return figures;
	}

	/** Forgets the figures of these teams, so that the next visit counts them again. */
	void forget(Collection<Long> teamIds) {
		List<Long> teams = teamIds.stream().sorted().toList();
		this.kept.keySet().removeIf(key -> key.teamIds().equals(teams));
	}

	/** For tests: how long figures are kept from now on. */
	void maxAge(Duration maxAge) {
		this.maxAge = maxAge;
		this.kept.clear();
	}

	Duration maxAge() {
		return this.maxAge;
	}

	private boolean fresh(Figures figures, Instant now) {
		return !now.isBefore(figures.countedAt()) && !now.isAfter(figures.countedAt().plus(this.maxAge));
	}

	private record Key(List<Long> teamIds, LocalDate today) {
	}

	/**
	 * One line per member of staff, the line of people without a keyworker, how many
	 * people are overdue in all, and when this was counted.
	 */
	record Figures(List<WorkerStats> workers, WorkerStats unassigned, long overdueTotal, Instant countedAt) {
	}

}
