package org.keywork.caseload;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people the case callover goes through, for the live callover and for capabilities
 * that build on it (the {@code callover} package keeps what was decided): the active or
 * referred people of the teams, one keyworker's part at a time, with the same facts as
 * the caseload ({@link CaseloadRow}), in a fixed number of queries. The caller checks
 * that the reader may see the teams.
 */
@Component
@Transactional(readOnly = true)
public class CalloverPeople {

	private final CaseloadQueries queries;

	private final Batches batches;

	CalloverPeople(CaseloadQueries queries, Batches batches) {
		this.queries = queries;
		this.batches = batches;
	}

	/**
	 * One part of the callover of {@code teamIds}: the active or referred people (the
	 * weekly rule applies to future tenants too, issue 14) of one keyworker, or those
	 * without one ({@code unassigned}), most urgent first, with every part to go to. The
	 * callover goes through a team one keyworker at a time, so a team of several hundred
	 * people is read a keyworker's caseload at a time. Without a choice, the first part
	 * (no keyworker first, then by keyworker name). The parts and a chosen part's people
	 * are read in one statement, and everything about the people in one more; without a
	 * choice, the people in one more still.
	 */
	public CalloverPart part(Collection<Long> teamIds, Long keyworkerId, boolean unassigned, LocalDate today) {
		if (teamIds.isEmpty()) {
			return new CalloverPart(List.of(), null, List.of());
		}
		Batch batch = this.batches.start();
		Later<List<CalloverGroup>> groups = this.queries.calloverGroups(teamIds, CaseloadService.OPEN, batch);
		Long keyworker = keyworkerId;
		boolean none = unassigned;
		if (keyworker == null && !none) {
			Optional<CalloverGroup> first = groups.get().stream().findFirst();
			if (first.isEmpty()) {
				return new CalloverPart(List.of(), null, List.of());
			}
			keyworker = first.get().keyworkerId();
			none = first.get().unassigned();
		}
		List<CaseloadRow> rows = this.queries
			.rows(new CaseloadQueries.Filter(teamIds, CaseloadService.OPEN, keyworker, none), today, batch);
		Long chosen = keyworker;
		boolean chosenNone = none;
		CalloverGroup current = groups.get()
			.stream()
			.filter(group -> group.matches(chosen, chosenNone))
			.findFirst()
			.orElse(null);
		return new CalloverPart(groups.get(), current, rows);
	}

}
