package org.keywork.caseload;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people the case callover goes through, for capabilities that build on it (the
 * {@code callover} package keeps what was decided): every active or referred person of
 * one team, with the same facts as the live callover ({@link CaseloadRow}), in the same
 * fixed number of queries. The caller checks that the reader may see the team.
 */
@Component
@Transactional(readOnly = true)
public class CalloverPeople {

	private final CaseloadQueries queries;

	CalloverPeople(CaseloadQueries queries) {
		this.queries = queries;
	}

	/**
	 * The team's active and referred people, grouped by keyworker (no keyworker first),
	 * most urgent first within each, as the live callover lists them.
	 */
	public List<CaseloadRow> ofTeam(Long teamId, LocalDate today) {
		return sortedForCallover(this.queries
			.rows(new CaseloadQueries.Filter(Set.of(teamId), CaseloadService.OPEN, null, false), today));
	}

	/** Grouped by keyworker (no keyworker first); a stable sort keeps urgency within. */
	static List<CaseloadRow> sortedForCallover(List<CaseloadRow> rows) {
		return rows.stream()
			.sorted(Comparator.comparing(CaseloadRow::keyworkerName,
					Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER)))
			.toList();
	}

}
