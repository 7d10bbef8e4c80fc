package org.keywork.security;

/**
 * What a linked peer support worker may see of the person's record, as the person agreed
 * when the link was made. Each scope includes the ones before it; the narrowest is the
 * default. A peer never sees a withheld item, a restricted note (other than their own), a
 * staff-only detail, the Safety &amp; Wellbeing Plan (only its staff-safety warnings) or
 * staff history.
 */
public enum PeerScope {

	/** The shared Action Plan and the person's achievements. */
	ACTION_PLAN,

	/** As {@link #ACTION_PLAN}, plus the contact notes shared with the person. */
	NOTES,

	/** As {@link #NOTES}, plus the shared Support Overview. */
	OVERVIEW;

	public boolean includes(PeerScope needed) {
		return ordinal() >= needed.ordinal();
	}

}
