package org.keywork.movingin;

/**
 * Who does an item of a moving-in checklist: the person themself, a member of staff of
 * the team (the keyworker by default), the landlord, or someone else named in words. The
 * label is {@code movingin.who.<NAME>}.
 */
public enum Who {

	PERSON, STAFF, LANDLORD, OTHER

}
