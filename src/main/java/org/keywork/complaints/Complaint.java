package org.keywork.complaints;

import java.time.Instant;
import java.util.List;

import org.keywork.sharing.SharingDecision;

/**
 * A complaint or incident as a reader may see it. {@code thirdPartyName} and
 * {@code thirdPartyContact} are null for readers who may not see them (the person, in the
 * portal). {@code overdue}: open, no first response, and past {@code responseDueAt} on
 * the application clock.
 */
public record Complaint(Long id, Long personId, Kind kind, Source source, Instant receivedAt, String whatWasSaid,
		String thirdPartyName, String thirdPartyContact, Instant responseDueAt, Instant firstResponseAt,
		String firstResponseWho, String firstResponseDone, Outcome outcome, String outcomeText, Instant closedAt,
		String learningHappened, String learningLearned, Instant learningAt, SharingDecision sharing, long version,
		boolean overdue, List<Entry> entries) {

	public enum Kind {

		COMPLAINT, INCIDENT

	}

	public enum Source {

		NEIGHBOUR, LANDLORD, POLICE, OTHER

	}

	public enum Outcome {

		RESOLVED, UNFOUNDED, ESCALATED, TENANCY_ACTION, OTHER

	}

	public enum EntryKind {

		ACTION, REFLECTION

	}

	/** An action taken or a reflection with the landlord. */
	public record Entry(Long id, EntryKind kind, java.time.LocalDate occurredOn, String attended, String text) {

	}

	public boolean isOpen() {
		return this.closedAt == null;
	}

	public boolean isResponded() {
		return this.firstResponseAt != null;
	}

	public boolean isWithheld() {
		return this.sharing.isWithheld();
	}

	public boolean hasLearning() {
		return this.learningAt != null;
	}

	public List<Entry> actions() {
		return this.entries.stream().filter(e -> e.kind() == EntryKind.ACTION).toList();
	}

	public List<Entry> reflections() {
		return this.entries.stream().filter(e -> e.kind() == EntryKind.REFLECTION).toList();
	}

	Complaint withEntries(List<Entry> list) {
		return new Complaint(this.id, this.personId, this.kind, this.source, this.receivedAt, this.whatWasSaid,
				this.thirdPartyName, this.thirdPartyContact, this.responseDueAt, this.firstResponseAt,
				this.firstResponseWho, this.firstResponseDone, this.outcome, this.outcomeText, this.closedAt,
				this.learningHappened, this.learningLearned, this.learningAt, this.sharing, this.version, this.overdue,
				list);
	}

}
