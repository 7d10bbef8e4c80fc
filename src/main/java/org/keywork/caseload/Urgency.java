package org.keywork.caseload;

import java.util.Comparator;
import java.util.List;

/**
 * What "most urgent first" means on a caseload: people overdue for contact first, the
 * longest overdue at the top; then people with an overdue review, then with an overdue
 * plan step; then the rest by the day contact falls due, soonest first; people the
 * contact rule does not apply to (referred) last. Ties by name.
 * <p>
 * Each criterion is one comparator, tried in order.
 */
final class Urgency {

	static final List<Comparator<CaseloadRow>> CRITERIA = List.of(
			Comparator.comparing((CaseloadRow row) -> !row.overdue()),
			Comparator.comparing((CaseloadRow row) -> !row.reviewOverdue()),
			Comparator.comparing((CaseloadRow row) -> row.stepsDue().isEmpty() ? null : row.stepsDue().get(0).due(),
					Comparator.nullsLast(Comparator.naturalOrder())),
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
