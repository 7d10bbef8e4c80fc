package org.keywork.support;

/** Why something is not shared with the person it is about. Withholding is always an explicit, recorded decision. */
public enum WithholdReason {

	THIRD_PARTY, SERIOUS_HARM, STAFF_SAFETY, OTHER

}
