package org.keywork.movingin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A person's moving-in checklist: its items in order, and how far it has got.
 * {@code tenancyId} is the tenancy it was started for (null if none was recorded).
 */
public record Checklist(long id, long personId, Long tenancyId, LocalDate startedOn, Instant completedAt,
		List<Item> items) {

	public Checklist {
		items = List.copyOf(items);
	}

	public long done() {
		return this.items.stream().filter(Item::isDone).count();
	}

	public int total() {
		return this.items.size();
	}

	public boolean isComplete() {
		return this.completedAt != null;
	}

	/** The items not yet done, those with the earliest by-when first (undated last). */
	public List<Item> nextDue(int limit) {
		return this.items.stream()
			.filter(i -> !i.isDone())
			.sorted(Comparator.comparing(Item::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Item::position))
			.limit(limit)
			.toList();
	}

	public long overdue() {
		return this.items.stream().filter(Item::overdue).count();
	}

}
