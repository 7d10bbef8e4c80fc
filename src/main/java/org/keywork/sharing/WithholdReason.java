package org.keywork.sharing;

/**
 * Why something is not shared with the person it is about: a note, a staff-only detail, a
 * support record, a factor, and every record after them. Sharing is the default (equality
 * of information); withholding is an explicit, recorded decision with one of these
 * reasons, reviewed by managers (ADR 008). Labels: {@code sharing.reason.<NAME>}.
 */
public enum WithholdReason {

	/** It contains information about someone else. */
	THIRD_PARTY,

	/** Sharing it could cause serious harm to the person or someone else. */
	SERIOUS_HARM,

	/** It records a concern for the safety of staff. */
	STAFF_SAFETY,

	/** Another reason, given in words. */
	OTHER

}
