package org.keywork.caseload;

import java.util.Comparator;
import java.util.List;

/**
 * What "most urgent first" means on a caseload: overdue people first, the longest overdue at the top; then the
 * rest by the day contact falls due, soonest first; people the rule does not apply to (referred) last. Ties by name.
 * <p>
 * Each criterion is one comparator, tried in order: to make plan reviews or a staff-safety warning count, add a
 * comparator at the right place in {@link #CRITERIA}.
 */
final class Urgency {

	static final List<Comparator<CaseloadRow>> CRITERIA = List.of(
			Comparator.comparing((CaseloadRow row) -> !row.overdue()),
			Comparator.comparing((CaseloadRow row) -> row.contact().dueOn(),
					Comparator.nullsLast(Comparator.naturalOrder())),
			Comparator.comparing(CaseloadRow::legalName, String.CASE_INSENSITIVE_ORDER),
			Comparator.comparing(CaseloadRow::personId));

	static final Comparator<CaseloadRow> MOST_URGENT_FIRST = CRITERIA.stream()
		.reduce(Comparator::thenComparing)
		.orElseThrow();

	private Urgency() {
	}

}
