package org.keywork.timeline;

import java.time.Instant;

/**
 * One event on a person's timeline. The columns are shared by every branch of the query;
 * a branch leaves the ones it has no use for empty.
 *
 * @param kind which branch the event comes from
 * @param refId the id of the record in its own table (a contact note, a keyworker
 * assignment)
 * @param occurredAt when it happened (for a note, when the contact was; not when it was
 * typed)
 * @param subtype a kind-specific code, e.g. the contact type
 * @param actorName who did or recorded it
 * @param subjectName what the event is about: the new keyworker's name, or the kind of
 * support record
 * @param summary a short text: the start of a note, the reason for a change
 * @param restricted a restricted note (shown only to those who may read it)
 * @param peer recorded by a peer support worker
 * @param shared shared with the person
 */
public record TimelineEntry(TimelineKind kind, Long refId, Instant occurredAt, String subtype, String actorName,
		String subjectName, String summary, boolean restricted, boolean peer, boolean shared) {

	/**
	 * Which fragment of {@code timeline/entries.html} shows the event: the kind, and for
	 * an outcome also what was measured ({@code OUTCOME_STAR}).
	 */
	public String view() {
		return this.kind == TimelineKind.OUTCOME ? "OUTCOME_" + this.subtype : this.kind.name();
	}

	/**
	 * For a PLAN event, the URL segment of the support record it is about (its kind is in
	 * {@code subjectName}).
	 */
	public String recordSlug() {
		if (this.kind != TimelineKind.PLAN && this.kind != TimelineKind.PERSON) {
			return null;
		}
		return switch (this.subjectName) {
			case "OVERVIEW" -> "support-overview";
			case "SAFETY_PLAN" -> "safety-plan";
			default -> "action-plan";
		};
	}

}
