package org.keywork.changecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.keywork.sharing.SharingDecision;

/**
 * One of the person's issues, named in their own words, with its path over time (oldest
 * first) as the reader may see it.
 */
public record Issue(Long id, String name, SharingDecision sharing, Instant createdAt, Instant closedAt, long version,
		List<Entry> entries) {

	public Issue {
		entries = List.copyOf(entries);
	}

	public boolean isWithheld() {
		return this.sharing.isWithheld();
	}

	public boolean isOpen() {
		return this.closedAt == null;
	}

	/** The latest entry, or null before any. */
	public Entry current() {
		return this.entries.isEmpty() ? null : this.entries.get(this.entries.size() - 1);
	}

	/** How many times the person lapsed on this issue. */
	public long lapses() {
		return this.entries.stream().filter(Entry::isLapse).count();
	}

	/** The path drawn as a chart. */
	public PathChart chart() {
		return PathChart.of(this.entries);
	}

	/**
	 * One stage entry: where the person was on {@code on}, in their words; never edited
	 * (a wrong entry is put right by a later one). {@code recordedByName} is null when
	 * the reader may not see who recorded it; {@code forward}: a move forward from the
	 * entry before.
	 */
	public record Entry(Long id, Stage stage, LocalDate on, String words, Long contactNoteId, Instant recordedAt,
			String recordedByName, boolean forward) {

		public boolean isLapse() {
			return this.stage.isLapse();
		}

	}

}
