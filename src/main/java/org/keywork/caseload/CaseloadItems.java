package org.keywork.caseload;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Later;

/**
 * What another capability has to say about each person on My caseload, the team
 * dashboard's drill-downs and the case callover: an outcome reading due (a star reading,
 * a wellbeing score), or a fact the team should see when it goes through the people (the
 * current stage of change for each of the person's issues). Capabilities declare beans of
 * this type, so the caseload does not depend on them (the same idea as
 * {@link CaseloadNotice}).
 * <p>
 * The caller has already limited {@code personIds} to people the reader may change the
 * records of (staff of their team), so an implementation answers for all of them at once,
 * in one query whatever their number, including withheld items (staff see them). The
 * query is registered in the caller's {@link Batch} (ADR 022), so that every capability's
 * items are read in one statement.
 */
public interface CaseloadItems {

	/**
	 * The items for each of these people (people with none may be left out), its query
	 * registered in {@code batch}: nothing may be read before the returned value's
	 * {@link Later#get}.
	 */
	Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today, Batch batch);

	/**
	 * Only the items already overdue, for counting (the team dashboard counts the people
	 * with something overdue). An implementation whose items are never overdue, or which
	 * can find the overdue ones with less reading, answers it itself.
	 */
	default Later<Map<Long, List<CaseloadItem>>> overdueForPeople(Collection<Long> personIds, LocalDate today,
			Batch batch) {
		return forPeople(personIds, today, batch).map(items -> {
			Map<Long, List<CaseloadItem>> overdue = new HashMap<>();
			items.forEach((person, list) -> {
				List<CaseloadItem> late = list.stream().filter(CaseloadItem::overdue).toList();
				if (!late.isEmpty()) {
					overdue.put(person, late);
				}
			});
			return overdue;
		});
	}

	/**
	 * A capability whose items fall due on a date its query can filter on: it reads the
	 * items due by a date, and this asks for those due within {@link #dueWithinDays()}
	 * (overdue ones included) for the caseload and those due by yesterday (only the
	 * overdue) for the dashboard, so both are the same query with another date.
	 */
	interface DueByDate extends CaseloadItems {

		/** How far ahead an item shows on the caseload as "due soon". */
		int dueWithinDays();

		/**
		 * The items due on or before {@code horizon} of each of these people (never
		 * called with none), its query registered in {@code batch}.
		 */
		Later<Map<Long, List<CaseloadItem>>> dueBy(Collection<Long> personIds, LocalDate today, LocalDate horizon,
				Batch batch);

		@Override
		default Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today,
				Batch batch) {
			return personIds.isEmpty() ? Later.of(Map.of())
					: dueBy(personIds, today, today.plusDays(dueWithinDays()), batch);
		}

		@Override
		default Later<Map<Long, List<CaseloadItem>>> overdueForPeople(Collection<Long> personIds, LocalDate today,
				Batch batch) {
			return personIds.isEmpty() ? Later.of(Map.of()) : dueBy(personIds, today, today.minusDays(1), batch);
		}

	}

	/**
	 * One thing to show beside a person. {@code messageKey} is rendered with
	 * {@code args}; {@code due} is the date something falls due (null for a fact, which
	 * only the callover shows) and {@code overdue} whether it has passed. {@code href}
	 * (may be null) is where it is dealt with. {@code tagKey} (may be null) names the tag
	 * shown with the date instead of "Due …" / "Overdue since …" (rendered with the
	 * date), for an item that is not a deadline, such as a warning raised on that date.
	 */
	record CaseloadItem(Long personId, String messageKey, List<Object> args, LocalDate due, boolean overdue,
			String href, String tagKey) {

		public CaseloadItem(Long personId, String messageKey, List<Object> args, LocalDate due, boolean overdue,
				String href) {
			this(personId, messageKey, args, due, overdue, href, null);
		}

		public CaseloadItem {
			args = List.copyOf(args);
		}

		/** Something due (or overdue) on {@code due}. */
		public static CaseloadItem due(Long personId, String messageKey, List<Object> args, LocalDate due,
				LocalDate today, String href) {
			return new CaseloadItem(personId, messageKey, args, due, due.isBefore(today), href);
		}

		/** Something to show on the callover, with no date. */
		public static CaseloadItem fact(Long personId, String messageKey, List<Object> args, String href) {
			return new CaseloadItem(personId, messageKey, args, null, false, href);
		}

		public boolean isDue() {
			return this.due != null;
		}

		public Object[] arguments() {
			return this.args.toArray();
		}

	}

}
