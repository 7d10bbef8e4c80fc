package org.keywork.contacts;

/** Why a note is not shared with the person it is about. Sharing is the default (equality of information). */
enum WithheldReason {

	/** It contains information about someone else. */
	THIRD_PARTY,
	/** Sharing it could cause serious harm to the person or someone else. */
	SERIOUS_HARM,
	/** It records a concern for the safety of staff. */
	STAFF_SAFETY,
	/** Another reason, given in words. */
	OTHER

}
