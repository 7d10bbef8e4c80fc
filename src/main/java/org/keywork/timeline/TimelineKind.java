package org.keywork.timeline;

/**
 * The kinds of event on a timeline; each is one branch of the query in {@link Timeline}.
 * To add a kind: add a constant here, a {@code union all} branch there, a
 * {@code timeline.kind.X} message and a case in {@code templates/timeline/timeline.html}.
 */
public enum TimelineKind {

	NOTE, KEYWORKER,
	/** A support record agreed with the person, or a review started. */
	PLAN,
	/**
	 * What the person added themselves in the portal: comments on their plans, steps
	 * marked done.
	 */
	PERSON,
	/**
	 * An outcome measure recorded for the person, as the reader may see outcomes (ADR
	 * 012): a star reading (subtype {@code STAR}), a wellbeing scale ({@code WELLBEING})
	 * or a stage of change ({@code CYCLE}).
	 */
	OUTCOME,
	/**
	 * A change of the person's support level ({@code LEVEL}), a crisis step-up
	 * ({@code CRISIS}) or its early end ({@code CRISIS_ENDED}): staff only (issue 14).
	 */
	INTENSITY,
	/**
	 * A referral made for the person (subtype {@code MADE}) or a change of its status
	 * (the status): staff who may change the record only, as on the referrals page.
	 */
	REFERRAL,
	/**
	 * The person's engagement preferences were recorded or changed (subtype
	 * {@code UPDATED}), by staff or by the person: for readers who may see them (issue
	 * 14).
	 */
	PREFERENCES,
	/**
	 * What the team callover discussed and agreed about the person ({@code DECISION}; the
	 * subject is the meeting's date, the ref the meeting): staff of the person's team
	 * only, never the person or a peer (issue 14).
	 */
	CALLOVER,
	/**
	 * A group session the person attended (subtype: the group's id, when the reader may
	 * open the group's page; subject: the group's title; summary: the start of the
	 * session's note, for staff only).
	 */
	GROUP,
	/** Accommodation episodes started and ended (issue 13). */
	HOUSING,
	/**
	 * A moving-in checklist started ({@code STARTED}) and completed ({@code COMPLETE}):
	 * staff of the team and the person, never a peer (ADR 013).
	 */
	MOVING_IN,
	/**
	 * A status a welfare benefit took (subtype: the status; subject: the benefit;
	 * summary: the name of another benefit): staff only (issue 13).
	 */
	BENEFIT,
	/**
	 * A complaint or incident about the tenancy received ({@code RECEIVED}), its first
	 * response ({@code RESPONDED}) and its closing ({@code CLOSED}); subject: kind and
	 * source. Never for peers; never who complained (issue 13, ADR 016).
	 */
	COMPLAINT;

	/** The kind named in a request, or null (everything) for anything else. */
	public static TimelineKind parse(String value) {
		for (TimelineKind kind : values()) {
			if (kind.name().equalsIgnoreCase(value)) {
				return kind;
			}
		}
		return null;
	}

}
